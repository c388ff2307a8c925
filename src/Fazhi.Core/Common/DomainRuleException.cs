namespace Fazhi.Core.Common;

/// <summary>
/// A business rule was broken. The message is shown to the user as it is, so it is written
/// in Chinese for a clerk; pages put it into ModelState and the API answers 400/409 with it.
/// </summary>
public sealed class DomainRuleException(string message, Exception? inner = null) : Exception(message, inner);
