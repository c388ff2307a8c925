using Fazhi.Core.Data;

namespace Fazhi.Core.Disputes;

/// <summary>
/// 动态管理: one entry in a dispute's history — registered, escalated or handed down between the group, village
/// and town levels, risk regraded, or reopened — with its reason, date and who did it.
/// </summary>
public sealed class DisputeMove : IScopedRecord
{
    public long Id { get; private set; }
    public long DisputeId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public DisputeMoveKind Kind { get; private set; }
    public DateOnly On { get; private set; }
    public DisputeLevel? FromLevel { get; private set; }
    public DisputeLevel? ToLevel { get; private set; }
    public string Reason { get; private set; } = "";
    public string ByName { get; private set; } = "";
    public DateTime AtUtc { get; private set; }

    private DisputeMove() { }

    internal static DisputeMove Create(string scopePath, DisputeMoveKind kind, DateOnly on, DisputeLevel? from, DisputeLevel? to, string reason,
        string byName, DateTime atUtc) =>
        new() { ScopePath = scopePath, Kind = kind, On = on, FromLevel = from, ToLevel = to, Reason = reason, ByName = byName, AtUtc = atUtc };
}
