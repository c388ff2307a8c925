using Fazhi.Core.Ledgers;
using MiniExcelLibs;

namespace Fazhi.Core.Tests.Ledgers;

public class LedgerExportTests
{
    sealed record Row(string Name, DateOnly Date, DateTime AtUtc, bool Done, long Count);

    static readonly LedgerColumn<Row>[] Columns =
    [
        new("名称", r => r.Name),
        new("日期", r => r.Date),
        new("时间", r => r.AtUtc),
        new("是否办结", r => r.Done),
        new("件数", r => r.Count),
    ];

    static List<IDictionary<string, object>> ReadBack(Stream stream)
    {
        stream.Position = 0;
        return stream.Query(useHeaderRow: false).Cast<IDictionary<string, object>>().ToList();
    }

    [Fact]
    public void WriteXlsx_WritesFilterLineThenChineseHeadersThenRows()
    {
        var rows = new[]
        {
            new Row("张三", new DateOnly(2019, 8, 30), new DateTime(2019, 8, 30, 6, 5, 0, DateTimeKind.Utc), true, 3),
            new Row("李四", new DateOnly(2019, 12, 31), new DateTime(2019, 12, 31, 17, 0, 0, DateTimeKind.Utc), false, 0),
        };
        using var stream = new MemoryStream();
        LedgerExport.WriteXlsx(stream, rows, Columns, "测试台账", "筛选条件：2019年1月1日至2019年12月31日");

        var sheet = ReadBack(stream);
        Assert.Equal("测试台账", MiniExcel.GetSheetNames(stream).Single());
        Assert.Equal(4, sheet.Count);
        Assert.Equal("筛选条件：2019年1月1日至2019年12月31日", sheet[0]["A"]);
        Assert.Equal(["名称", "日期", "时间", "是否办结", "件数"], sheet[1].Values.Select(v => v?.ToString()));
        Assert.Equal("张三", sheet[2]["A"]);
        Assert.Equal("2019年8月30日", sheet[2]["B"]);
        Assert.Equal("2019年8月30日 14:05", sheet[2]["C"]);
        Assert.Equal("是", sheet[2]["D"]);
        Assert.Equal(3d, Convert.ToDouble(sheet[2]["E"]));
        Assert.Equal("2020年1月1日 01:00", sheet[3]["C"]);
        Assert.Equal("否", sheet[3]["D"]);
    }

    [Fact]
    public void WriteXlsx_EnumeratesTheSourceOnceAndLazily()
    {
        var produced = 0;
        IEnumerable<Row> Source()
        {
            for (var i = 0; i < 1000; i++)
            {
                produced++;
                yield return new Row("行" + i, new DateOnly(2020, 1, 1), DateTime.UnixEpoch, false, i);
            }
        }
        using var stream = new MemoryStream();
        LedgerExport.WriteXlsx(stream, Source(), Columns, "台账", "筛选条件：无");
        Assert.Equal(1000, produced);
        Assert.Equal(1002, ReadBack(stream).Count);
    }

    [Fact]
    public void WriteXlsx_NoRows_StillHasFilterLineAndHeaders()
    {
        using var stream = new MemoryStream();
        LedgerExport.WriteXlsx(stream, Array.Empty<Row>(), Columns, "台账", "筛选条件：结果：失败");
        var sheet = ReadBack(stream);
        Assert.Equal(2, sheet.Count);
        Assert.Equal("名称", sheet[1]["A"]);
    }

    [Theory]
    [InlineData("登录日志", "登录日志")]
    [InlineData("a/b:c*?[d]", "abcd")]
    [InlineData("", "台账")]
    public void SafeSheetName_RemovesWhatExcelForbids(string name, string expected) =>
        Assert.Equal(expected, LedgerExport.SafeSheetName(name));
}
