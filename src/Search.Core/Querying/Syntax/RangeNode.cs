namespace Search.Core.Querying.Syntax;

/// <summary>A range of values: <c>published:[2023-01-01 TO 2023-12-31]</c>; <c>*</c> leaves an end open.</summary>
/// <param name="Lower">The lower end, or null when open.</param>
/// <param name="Upper">The upper end, or null when open.</param>
/// <param name="IncludeLower">Square bracket: the lower end itself is in the range.</param>
/// <param name="IncludeUpper">Square bracket: the upper end itself is in the range.</param>
/// <param name="Column">Where the range starts.</param>
internal sealed record RangeNode(string? Lower, string? Upper, bool IncludeLower, bool IncludeUpper, int Column) : QueryNode(Column);
