namespace Search.Core.Snippets;

/// <summary>A highlighted stretch of a text.</summary>
/// <param name="Start">Its first character.</param>
/// <param name="End">One past its last character.</param>
/// <param name="Unit">Which highlight unit it is an occurrence of.</param>
internal readonly record struct TextSpan(int Start, int End, int Unit);
