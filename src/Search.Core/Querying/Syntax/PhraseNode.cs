using System.Text;

namespace Search.Core.Querying.Syntax;

/// <summary>A quoted phrase: exactly those words in that order, unstemmed, or within <see cref="Slop"/> moves.</summary>
/// <param name="Text">The text between the quotes.</param>
/// <param name="Slop">After <c>~N</c>: how far the words may stand apart; 0 for an exact phrase.</param>
/// <param name="Column">Where the opening quote is.</param>
internal sealed record PhraseNode(string Text, int Slop, int Column) : QueryNode(Column)
{
    /// <summary>The phrase as query syntax: in straight quotes, a backslash before a quote or backslash in it, then <c>~N</c> when it has slop.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(Text.Length + 6).Append('"');
        foreach (var c in Text)
        {
            if (c is '\\' or '"' or '“' or '”' or '„')
            {
                text.Append('\\');
            }
            text.Append(c);
        }
        return text.Append('"') + (Slop > 0 ? $"~{Slop}" : "");
    }
}
