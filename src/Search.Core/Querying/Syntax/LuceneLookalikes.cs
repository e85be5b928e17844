using Search.Core.Errors;

namespace Search.Core.Querying.Syntax;

/// <summary>
/// Words of our syntax that look like Lucene's (<c>te?t</c>, <c>/yelts[iy]n/</c>, <c>!obama</c>), which ours reads as
/// a word with punctuation in it: <c>!obama</c> even finds obama. Someone who wrote them for Lucene is told how to get
/// what they meant, instead of a silent answer to another question.
/// </summary>
internal static class LuceneLookalikes
{
    /// <summary>The note for the first such word of a query, or null when it has none.</summary>
    /// <param name="node">The parsed query.</param>
    public static string? Note(QueryNode node) =>
        Words(node).FirstOrDefault(LooksLikeLucene) is { } word
            ? $"\"{QueryException.Quote(word)}\" is Lucene's syntax (? inside a word, /regex/, !), which the default syntax reads as punctuation; use --syntax lucene for it"
            : null;

    // A ? at a word's end is a question mark ("putin?"), not a wildcard.
    private static bool LooksLikeLucene(string word) =>
        word.AsSpan(1, Math.Max(0, word.Length - 2)).Contains('?')
        || (word.Length > 2 && word[0] == '/' && word[^1] == '/')
        || (word.Length > 1 && word[0] == '!' && char.IsLetterOrDigit(word[1]));

    private static IEnumerable<string> Words(QueryNode node) => node switch
    {
        WordNode w => [w.Text],
        FieldNode f => Words(f.Inner),
        BoostNode b => Words(b.Inner),
        AllNode a => a.Required.Concat(a.Excluded).SelectMany(Words),
        AnyNode a => a.Alternatives.SelectMany(Words),
        _ => [],
    };
}
