namespace Search.Core.Querying.Syntax;

/// <summary>A range of values: <c>published:[2023-01-01 TO 2023-12-31]</c>; <c>*</c> leaves an end open.</summary>
/// <param name="Lower">The lower end, or null when open.</param>
/// <param name="Upper">The upper end, or null when open.</param>
/// <param name="IncludeLower">Square bracket: the lower end itself is in the range.</param>
/// <param name="IncludeUpper">Square bracket: the upper end itself is in the range.</param>
/// <param name="Column">Where the range starts.</param>
internal sealed record RangeNode(string? Lower, string? Upper, bool IncludeLower, bool IncludeUpper, int Column) : QueryNode(Column)
{
    /// <summary>The range as query syntax: <c>[FROM TO UNTIL]</c>, <c>{</c> <c>}</c> for an end left out, <c>*</c> for an open end.</summary>
    public override string ToString() =>
        $"{(IncludeLower ? '[' : '{')}{Bound(Lower)} TO {Bound(Upper)}{(IncludeUpper ? ']' : '}')}";

    // A bound is written as a word where it reads back as that word, else as a phrase (a time's colon, an operator).
    private string Bound(string? bound)
    {
        if (bound is null)
        {
            return "*";
        }
        var word = new WordNode(bound, false, null, Column).ToString();
        return word == bound && bound is not ("" or "TO" or "AND" or "OR" or "NOT" or "&&" or "||" or "!")
            ? word
            : new PhraseNode(bound, 0, Column).ToString();
    }
}
