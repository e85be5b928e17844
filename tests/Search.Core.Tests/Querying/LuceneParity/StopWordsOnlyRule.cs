using Lucene.Net.Analysis.En;

namespace Search.Core.Tests.Querying.LuceneParity;

/// <summary>
/// The one difference decided by rule rather than listed in Exceptions.tsv: a query of English stop words only
/// (<c>these</c>, <c>title:such</c>, <c>+into +then</c>). The reference's stemmed fields drop those words, so its parser
/// is left with an empty query and answers 0; our engine refuses such a query as bad (the message says to quote
/// them), and a Lucene-syntax mode may answer it from the exact fields, which keep stop words. Neither is wrong, and
/// they are a documented difference (README, "Answers agree"). A rule, because generated ids depend on the corpus
/// size and a list would need redoing for every size; and it cannot rot the way a list can, since it only excuses a
/// query while the reference answers 0.
/// </summary>
internal static class StopWordsOnlyRule
{
    private static readonly HashSet<string> Operators = new(["AND", "OR", "NOT", "&&", "||"], StringComparer.Ordinal);

    /// <summary>Whether the rule excuses this difference.</summary>
    public static bool Excuses(QueryTotals totals) => totals.Reference == 0 && HasOnlyStopWords(totals.Query.Text);

    /// <summary>
    /// Whether every word of the query is one of Lucene's English stop words (the set both engines' stemmed analyzers
    /// drop), ignoring operators, a leading <c>+</c> or <c>-</c> and a <c>field:</c> before a word. Anything else, a
    /// phrase or a wildcard included, makes it false: those reach fields that keep stop words.
    /// </summary>
    public static bool HasOnlyStopWords(string query)
    {
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(token => !Operators.Contains(token))
            .Select(token => token.TrimStart('+', '-'))
            .Select(token => token[(token.IndexOf(':', StringComparison.Ordinal) + 1)..])
            .ToList();
        return words.Count > 0 && words.All(w => w.Length > 0 && w.All(char.IsAsciiLetter) && EnglishAnalyzer.DefaultStopSet.Contains(w.ToLowerInvariant()));
    }
}
