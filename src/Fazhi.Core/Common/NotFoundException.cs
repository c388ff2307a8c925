namespace Fazhi.Core.Common;

/// <summary>The record does not exist or lies outside the user's scope; both answer 404, never 403.</summary>
public sealed class NotFoundException() : Exception("记录不存在或不在您的管辖范围内。");
