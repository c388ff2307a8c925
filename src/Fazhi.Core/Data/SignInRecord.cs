namespace Fazhi.Core.Data;

/// <summary>One sign-in attempt (登录日志): who, when, from where, and how it ended.</summary>
public sealed class SignInRecord
{
    public long Id { get; set; }
    public string UserName { get; set; } = "";
    public string? UserId { get; set; }
    public DateTime AtUtc { get; set; }
    public string? IpAddress { get; set; }
    public string? Channel { get; set; }
    public bool Succeeded { get; set; }
    /// <summary>成功, 密码错误, 账号已锁定, 用户不存在, 账号已停用.</summary>
    public string Outcome { get; set; } = "";
}
