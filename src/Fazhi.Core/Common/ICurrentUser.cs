namespace Fazhi.Core.Common;

/// <summary>
/// Who is acting. Identity always comes from the session (or the command line's system user),
/// never from posted data. <see cref="ScopePath"/> is the materialised path of the region node
/// the user may see; an empty path means the whole database (system jobs only).
/// </summary>
public interface ICurrentUser
{
    string? UserId { get; }
    string UserName { get; }
    string ScopePath { get; }
    bool IsReadOnly { get; }
    bool IsInRole(string role);
}

/// <summary>The command line and start-up jobs act as this user: whole database, may write.</summary>
public sealed class SystemUser : ICurrentUser
{
    public static readonly SystemUser Instance = new();
    public string? UserId => null;
    public string UserName => "system";
    public string ScopePath => "";
    public bool IsReadOnly => false;
    public bool IsInRole(string role) => false;
}

/// <summary>
/// Whole-database scope on behalf of a real actor: for work that spans towns by its nature (the national
/// holiday calendar moves every town's deadlines) or runs at start-up. The audit trail still names the actor;
/// with no signed-in actor it is the system user.
/// </summary>
public sealed class ElevatedUser(ICurrentUser actor) : ICurrentUser
{
    public string? UserId => actor.UserId;
    public string UserName => actor.UserId is null ? SystemUser.Instance.UserName : actor.UserName;
    public string ScopePath => "";
    public bool IsReadOnly => false;
    public bool IsInRole(string role) => actor.IsInRole(role);
}
