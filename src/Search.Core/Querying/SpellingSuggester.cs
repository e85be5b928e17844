using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Util.Automaton;
using Search.Core.Analysis;
using Search.Core.Querying.Syntax;
using Search.Core.Schema;
using Search.Core.Snippets;

namespace Search.Core.Querying;

/// <summary>
/// For a query that found nothing: the query's words that no article contains, each with the closest word the index
/// does hold (fewest edits, then most articles), found with Lucene's Levenshtein automata over the index's own terms.
/// </summary>
internal static class SpellingSuggester
{
    private const int MaxWordsChecked = 8;

    /// <summary>Suggests spellings.</summary>
    /// <param name="words">The query's words and phrases (<see cref="Words"/>).</param>
    /// <param name="reader">The index.</param>
    /// <param name="analyzer">The index's per-field analyzer.</param>
    /// <param name="fields">The fields unqualified words are searched in.</param>
    /// <returns>One suggestion per unknown word that has a close known word.</returns>
    public static IReadOnlyList<SpellingSuggestion> Suggest(IReadOnlyList<string> words, IndexReader reader, Analyzer analyzer, IReadOnlyList<SearchField> fields)
    {
        var suggestions = new List<SpellingSuggestion>();
        var exactFields = fields.Where(f => !f.IsKeyword).Select(f => f.Exact).ToList();
        // Each unknown word costs a pass of Levenshtein automata over the terms: a few are enough to help.
        foreach (var word in words.SelectMany(w => w.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct().Take(MaxWordsChecked))
        {
            var tokens = TextAnalysis.Tokens(analyzer, exactFields.FirstOrDefault() ?? FieldNames.Body, word);
            if (tokens.Count != 1 || tokens[0].Term.Length < 3)
            {
                continue;
            }
            var term = tokens[0].Term;
            if (exactFields.Any(f => reader.DocFreq(new Term(f, term)) > 0))
            {
                continue;
            }
            if (Closest(term, reader, exactFields) is { } best)
            {
                suggestions.Add(new SpellingSuggestion(word, best));
            }
        }
        return suggestions;
    }

    /// <summary>The words and phrases of a tree of our syntax that a suggestion may correct (not prefixes, not exclusions).</summary>
    public static IReadOnlyList<string> Words(QueryNode node) => [.. WordsOf(node)];

    private static IEnumerable<string> WordsOf(QueryNode node) => node switch
    {
        WordNode { Prefix: false } w => [w.Text],
        PhraseNode p => [p.Text],
        BoostNode b => WordsOf(b.Inner),
        AllNode a => a.Required.SelectMany(WordsOf),
        AnyNode a => a.Alternatives.SelectMany(WordsOf),
        _ => [],
    };

    private static string? Closest(string term, IndexReader reader, IReadOnlyList<string> fields)
    {
        var codePoints = term.EnumerateRunes().Select(r => r.Value).ToArray();
        var maxEdits = codePoints.Length >= 6 ? 2 : 1;
        (string Word, int Edits, int Docs)? best = null;
        for (var edits = 1; edits <= maxEdits && best is null; edits++)
        {
            var automaton = new CompiledAutomaton(EditDistance.Within(term, edits));
            foreach (var field in fields)
            {
                var terms = MultiFields.GetTerms(reader, field);
                if (terms is null)
                {
                    continue;
                }
                var e = automaton.GetTermsEnum(terms);
                while (e.MoveNext())
                {
                    var docs = e.DocFreq;
                    var word = e.Term.Utf8ToString();
                    if (best is null || docs > best.Value.Docs || (docs == best.Value.Docs && string.CompareOrdinal(word, best.Value.Word) < 0))
                    {
                        best = (word, edits, docs);
                    }
                }
            }
        }
        return best?.Word;
    }
}
