using System.Text;

namespace Search.Core.Querying.Syntax;

/// <summary>A bare word: stemmed, unless it is a prefix (<c>multipol*</c>) or fuzzy (<c>multipolr~</c>).</summary>
/// <param name="Text">The word as typed, without <c>*</c>.</param>
/// <param name="Prefix">Ends in <c>*</c>: any word starting with <see cref="Text"/>.</param>
/// <param name="FuzzyEdits">After <c>~</c>: words within this many edits; null when not fuzzy.</param>
/// <param name="Column">Where it starts.</param>
internal sealed record WordNode(string Text, bool Prefix, int? FuzzyEdits, int Column) : QueryNode(Column)
{
    /// <summary>
    /// The word as query syntax: a backslash before each character the syntax would otherwise read as its own
    /// (and before a leading <c>+</c> or <c>-</c>), then <c>*</c> or <c>~N</c>.
    /// </summary>
    public override string ToString()
    {
        var text = new StringBuilder(Text.Length + 3);
        foreach (var c in Text)
        {
            if (c == '\\' || QueryLexer.EndsWord(c) || char.IsControl(c) || (text.Length == 0 && c is '+' or '-'))
            {
                text.Append('\\');
            }
            text.Append(c);
        }
        return text + (Prefix ? "*" : "") + (FuzzyEdits is { } edits ? $"~{edits}" : "");
    }
}
