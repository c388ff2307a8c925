namespace Fazhi.Core.Identity;

/// <summary>The roles of product.md. The names are stable identifiers; labels are what users read.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Coordinator = "coordinator";
    public const string Staff = "staff";
    public const string Leader = "leader";
    public const string Cadre = "cadre";
    public const string Advisor = "advisor";
    public const string Supervisor = "supervisor";

    public static readonly IReadOnlyList<string> All = [Admin, Coordinator, Staff, Leader, Cadre, Advisor, Supervisor];

    public static string Label(string role) => role switch
    {
        Admin => "系统管理员",
        Coordinator => "法治办/司法所",
        Staff => "科室工作人员",
        Leader => "镇领导",
        Cadre => "村干部/网格员",
        Advisor => "法律顾问",
        Supervisor => "区级督查",
        _ => role,
    };
}

/// <summary>The work streams of product.md; a user works in some of them.</summary>
public static class Modules
{
    public const string Petitions = "petitions";
    public const string Disputes = "disputes";
    public const string Enforcement = "enforcement";
    public const string Decisions = "decisions";
    public const string Disclosure = "disclosure";
    public const string Education = "education";
    public const string Report = "report";

    public static readonly IReadOnlyList<string> All = [Petitions, Disputes, Enforcement, Decisions, Disclosure, Education, Report];

    public static string Label(string module) => module switch
    {
        Petitions => "信访",
        Disputes => "矛盾纠纷排查调处",
        Enforcement => "行政执法",
        Decisions => "重大行政决策",
        Disclosure => "政务公开",
        Education => "普法与法律服务",
        Report => "年度报告",
        _ => module,
    };
}
