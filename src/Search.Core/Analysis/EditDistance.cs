using Lucene.Net.Util.Automaton;

namespace Search.Core.Analysis;

/// <summary>
/// "Within N edits", measured one way everywhere: Lucene's Levenshtein automaton over code points, adjacent
/// transpositions counting as one edit, as <c>FuzzyQuery</c> matches by default. Spelling suggestions run it over the
/// index's terms, snippets over a text's words, so a snippet highlights what the query matched.
/// </summary>
internal static class EditDistance
{
    /// <summary>The words within <paramref name="edits"/> edits of <paramref name="term"/>, as an automaton.</summary>
    public static Automaton Within(string term, int edits) =>
        new LevenshteinAutomata(term, withTranspositions: true).ToAutomaton(edits);
}
