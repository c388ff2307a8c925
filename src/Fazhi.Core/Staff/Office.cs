using Fazhi.Core.Common;
using Fazhi.Core.Data;

namespace Fazhi.Core.Staff;

/// <summary>An office (科室) of a town: 信访办, 综治办, 司法所 ….</summary>
public sealed class Office : Attachments.IAttachmentOwner
{
    public long Id { get; private set; }
    public long TownId { get; private set; }
    public string ScopePath { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string? Phone { get; private set; }
    public bool IsActive { get; private set; } = true;

    private Office() { }

    public static Office Create(long townId, string townPath, string name, string? phone)
    {
        var office = new Office { TownId = townId, ScopePath = townPath };
        office.Update(name, phone, true);
        return office;
    }

    public void Update(string name, string? phone, bool isActive)
    {
        name = (name ?? "").Trim();
        if (name.Length == 0) throw new DomainRuleException("请填写科室名称。");
        if (name.Length > 50) throw new DomainRuleException("科室名称不能超过50个字。");
        Name = name;
        Phone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        IsActive = isActive;
    }
}
