using Fazhi.Core.Common;

namespace Fazhi.Core.Regions;

/// <summary>
/// Shape check of the 12-digit 统计用区划代码 = 6 (county, GB/T 2260) + 3 (township) + 3 (village).
/// domain-reference §9: township digits 001–099 街道, 100–199 镇, 200–399 乡;
/// village digits 001–199 居委会(社区), 200–399 村委会(村). Higher levels pad with zeros.
/// The check is of shape only: whether a code is really assigned is the NBS list's business.
/// </summary>
public static class RegionCode
{
    /// <summary>Returns null when valid, else a message for the clerk.</summary>
    public static string? Problem(RegionKind kind, string? code, string? parentCode)
    {
        if (kind == RegionKind.Group)
            return string.IsNullOrEmpty(code) ? null : "村民小组没有统计用区划代码，请留空。";
        if (string.IsNullOrWhiteSpace(code))
            return "请填写12位统计用区划代码。";
        if (code.Length != 12 || !code.All(char.IsAsciiDigit))
            return $"统计用区划代码应为12位数字，“{code}”不符合。";

        var province = code[..2];
        var city = code[2..4];
        var county = code[4..6];
        var township = int.Parse(code[6..9]);
        var village = int.Parse(code[9..12]);

        string? problem = kind switch
        {
            RegionKind.Province => code[2..] != "0000000000" ? "省级代码第3至12位应全为0。" : null,
            RegionKind.City => city == "00" ? "市级代码第3、4位不能为00。" : code[4..] != "00000000" ? "市级代码第5至12位应全为0。" : null,
            RegionKind.District => county == "00" ? "区县级代码第5、6位不能为00。" : code[6..] != "000000" ? "区县级代码第7至12位应全为0。" : null,
            RegionKind.Subdistrict => TownProblem(township, village, 1, 99, "街道", "001至099"),
            RegionKind.Town => TownProblem(township, village, 100, 199, "镇", "100至199"),
            RegionKind.Township => TownProblem(township, village, 200, 399, "乡", "200至399"),
            RegionKind.Community => VillageProblem(village, 1, 199, "社区（居委会）", "001至199"),
            RegionKind.Village => VillageProblem(village, 200, 399, "村（村委会）", "200至399"),
            _ => null,
        };
        if (problem is not null) return problem;
        if (province == "00") return "代码前两位（省级）不能为00。";

        if (parentCode is not null && !code.StartsWith(ParentPrefix(kind, parentCode), StringComparison.Ordinal))
            return $"代码{code}与上级代码{parentCode}不一致。";
        return null;
    }

    public static void Validate(RegionKind kind, string? code, string? parentCode)
    {
        var problem = Problem(kind, code, parentCode);
        if (problem is not null) throw new DomainRuleException(problem);
    }

    static string? TownProblem(int township, int village, int min, int max, string label, string range) =>
        township < min || township > max ? $"{label}的代码第7至9位应在{range}之间。"
        : village != 0 ? "乡镇级代码第10至12位应全为0。"
        : null;

    static string? VillageProblem(int village, int min, int max, string label, string range) =>
        village < min || village > max ? $"{label}的代码第10至12位应在{range}之间。" : null;

    /// <summary>The digits of the parent's code a child's code must begin with.</summary>
    static string ParentPrefix(RegionKind kind, string parentCode) => RegionKindNames.LevelOf(kind) switch
    {
        RegionLevel.City => parentCode[..2],
        RegionLevel.District => parentCode[..4],
        RegionLevel.Town => parentCode[..6],
        RegionLevel.Village => parentCode[..9],
        _ => "",
    };
}
