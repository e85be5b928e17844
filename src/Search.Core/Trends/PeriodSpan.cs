namespace Search.Core.Trends;

/// <summary>One period of a trend's table.</summary>
/// <param name="Name">Its ISO name (<c>2023-04</c>), or <c>undated</c>.</param>
/// <param name="Start">Its first day; null for <c>undated</c>.</param>
public sealed record PeriodSpan(string Name, DateOnly? Start);
