namespace Fazhi.Core.Audit;

/// <summary>
/// Marks a property holding personal data (ID number, phone, address …). The audit log records
/// only that such a field was set or changed, writing "***" instead of its values; Identity's own
/// [PersonalData]/[ProtectedPersonalData] properties are treated the same way.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PersonalFieldAttribute : Attribute;
