namespace Fazhi.Core.Ledgers;

/// <summary>One column of an exported register: its Chinese header, how to read the cell from a row, and its width in characters.</summary>
public sealed record LedgerColumn<T>(string Header, Func<T, object?> Value, double Width = 16);
