using Fazhi.Core.Common;
using Fazhi.Core.Data;
using Fazhi.Core.Staff;

namespace Fazhi.Core.Education;

/// <summary>
/// A cadre study session (党委中心组学法, 集体学法, 全员培训, 专题培训): date, topic, hours, and who attended, picked
/// from the staff roster. Attendance is computed against the roster of that day, never typed.
/// </summary>
public sealed class StudySession : Attachments.IAttachmentOwner
{
    public long Id { get; private set; }
    public long TownId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public DateOnly HeldOn { get; private set; }
    public string Kind { get; private set; } = "";
    public string Topic { get; private set; } = "";
    /// <summary>Length in tenths of an hour (1.5 h = 15), so hours add up exactly.</summary>
    public int Tenths { get; private set; }
    public string? Lecturer { get; private set; }
    public List<StudyAttendee> Attendees { get; private set; } = [];
    public int Version { get; private set; }

    public decimal Hours => Tenths / 10m;

    private StudySession() { }

    public static StudySession Record(long townId, string townPath, DateOnly heldOn, string kind, string topic, decimal hours, string? lecturer,
        IReadOnlyList<StaffMember> attendees, DateOnly today)
    {
        if (heldOn > today) throw new DomainRuleException("学习日期不能晚于今天。");
        if (!StudyKinds.All.Contains(kind)) throw new DomainRuleException("请选择学习形式。");
        if (hours <= 0 || hours > 24 || hours * 10 != decimal.Truncate(hours * 10)) throw new DomainRuleException("学时须大于0、不超过24，最多一位小数。");
        if (attendees.Count == 0) throw new DomainRuleException("请勾选参加学习的人员。");
        var off = attendees.FirstOrDefault(a => a.TownId != townId || !a.OnRosterOn(heldOn));
        if (off is not null) throw new DomainRuleException($"{off.Name}在{ChinaTime.Format(heldOn)}不在本镇干部职工名册中。");
        var s = new StudySession
        {
            TownId = townId, ScopePath = townPath, HeldOn = heldOn, Kind = kind, Topic = EducationEvent.Text(topic, "请填写学习内容。", 200, "学习内容")!,
            Tenths = (int)(hours * 10), Lecturer = EducationEvent.Text(lecturer, null, 100, "主讲人"),
        };
        foreach (var a in attendees.Distinct()) s.Attendees.Add(new StudyAttendee(a.Id, a.Name, townPath));
        return s;
    }
}

public sealed class StudyAttendee : IScopedRecord
{
    public long Id { get; private set; }
    public long SessionId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public long StaffMemberId { get; private set; }
    public string Name { get; private set; } = "";

    private StudyAttendee() { }

    internal StudyAttendee(long staffMemberId, string name, string scopePath)
    {
        StaffMemberId = staffMemberId;
        Name = name;
        ScopePath = scopePath;
    }
}

/// <summary>A law exam for cadres (学法考试): who sat and who passed, from the staff roster.</summary>
public sealed class Exam : IScopedRecord
{
    public long Id { get; private set; }
    public long TownId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public DateOnly HeldOn { get; private set; }
    public string Title { get; private set; } = "";
    public int PassMark { get; private set; }
    public List<ExamResult> Results { get; private set; } = [];
    public int Version { get; private set; }

    private Exam() { }

    public sealed record Score(StaffMember Member, int Points);

    public static Exam Record(long townId, string townPath, DateOnly heldOn, string title, int passMark, IReadOnlyList<Score> scores, DateOnly today)
    {
        if (heldOn > today) throw new DomainRuleException("考试日期不能晚于今天。");
        if (passMark is < 1 or > 100) throw new DomainRuleException("合格分数须在1至100之间。");
        if (scores.Count == 0) throw new DomainRuleException("请登记参加考试人员的成绩。");
        var bad = scores.FirstOrDefault(s => s.Points is < 0 or > 100);
        if (bad is not null) throw new DomainRuleException($"{bad.Member.Name}的成绩须在0至100之间。");
        var off = scores.FirstOrDefault(s => s.Member.TownId != townId || !s.Member.OnRosterOn(heldOn));
        if (off is not null) throw new DomainRuleException($"{off.Member.Name}在{ChinaTime.Format(heldOn)}不在本镇干部职工名册中。");
        if (scores.GroupBy(s => s.Member).Any(g => g.Count() > 1)) throw new DomainRuleException("同一人员只能登记一个成绩。");
        var exam = new Exam { TownId = townId, ScopePath = townPath, HeldOn = heldOn, Title = EducationEvent.Text(title, "请填写考试名称。", 100, "考试名称")!, PassMark = passMark };
        foreach (var s in scores) exam.Results.Add(new ExamResult(s.Member.Id, s.Member.Name, s.Points, s.Points >= passMark, townPath));
        return exam;
    }
}

public sealed class ExamResult : IScopedRecord
{
    public long Id { get; private set; }
    public long ExamId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public long StaffMemberId { get; private set; }
    public string Name { get; private set; } = "";
    public int Points { get; private set; }
    public bool Passed { get; private set; }

    private ExamResult() { }

    internal ExamResult(long staffMemberId, string name, int points, bool passed, string scopePath)
    {
        StaffMemberId = staffMemberId;
        Name = name;
        Points = points;
        Passed = passed;
        ScopePath = scopePath;
    }
}
