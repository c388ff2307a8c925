namespace Fazhi.Web.Pages.Enforcement.Officers;

/// <summary>What the _OfficerFields partial shows: the typed or stored fields, the office choices, and whether "在岗" is asked.</summary>
public sealed record OfficerFieldsView(OfficerForm Officer, IReadOnlyList<(long Id, string Name)> Offices, bool ShowActive);
