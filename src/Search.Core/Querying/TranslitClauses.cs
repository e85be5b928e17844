using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;
using Search.Core.Analysis;
using Search.Core.Errors;
using Search.Core.Schema;

namespace Search.Core.Querying;

/// <summary>
/// Words and phrases searched transliterated (<c>--translit</c>, <c>translit:</c>): what the plain clause finds, and
/// also every spelling with the same <see cref="Transliteration.Key"/>. Cyrillic text is found in the translit
/// shadow fields, which index its words' keys (and the keys of their stems, for bare words); Latin spellings
/// (<c>Russkii</c>, <c>Russky</c>) in the exact fields, as the terms there whose key is the query's. One instance per
/// query.
/// </summary>
internal sealed class TranslitClauses
{
    private readonly QueryBuilder _analysis;
    private readonly IndexReader _reader;
    private readonly FieldQueries _plain;
    private readonly Dictionary<(string Field, string Key), List<string>> _spellings = [];

    /// <summary>Creates the builder of one query's transliterated clauses.</summary>
    /// <param name="analysis">The query analysis of <paramref name="plain"/>.</param>
    /// <param name="reader">The index, whose terms give the Latin spellings.</param>
    /// <param name="plain">The plain clauses, which a transliterated clause always includes.</param>
    public TranslitClauses(QueryBuilder analysis, IndexReader reader, FieldQueries plain)
    {
        _analysis = analysis;
        _reader = reader;
        _plain = plain;
    }

    /// <summary>
    /// A bare word: its plain query (stemmed), the Cyrillic words whose stem has its stem's key
    /// (<c>Russkiy</c> finds <c>русского</c>), and the Latin words with its key (<c>Russkii</c>; Latin words are not
    /// stemmed by Russian rules). A word the analyzer splits is a phrase of its pieces, as in the plain syntax.
    /// </summary>
    public Query? Word(SearchField field, string text)
    {
        var plain = _plain.Word(field, text, splitAsPhrase: true);
        if (plain is null || field.Translit is null)
        {
            return plain;
        }
        var keyed = _analysis.CreatePhraseQuery(field.Translit, text);
        if (keyed is not TermQuery { Term.Text: var key })
        {
            return keyed is null ? plain : Phrase(field, text, 0);
        }
        var query = new BooleanQuery { { plain, Occur.SHOULD } };
        query.Add(new TermQuery(new Term(field.Translit, TranslitFilter.StemMark + Transliteration.StemKey(key))), Occur.SHOULD);
        foreach (var spelling in Spellings(field.Exact, key, text))
        {
            query.Add(new TermQuery(new Term(field.Exact, spelling)), Occur.SHOULD);
        }
        return query;
    }

    /// <summary>
    /// A quoted phrase: its plain query, the same keys in a row in the translit field (<c>"Russkiy Mir"</c> finds
    /// <c>Русский мир</c>), and in the exact field any Latin spelling of each word in a row (<c>Russkii Mir</c>).
    /// </summary>
    public Query? Phrase(SearchField field, string text, int slop)
    {
        var plain = _plain.Phrase(field, text, slop);
        if (plain is null || field.Translit is null)
        {
            return plain;
        }
        var keyed = _analysis.CreatePhraseQuery(field.Translit, text, slop);
        var (keys, positions) = keyed switch
        {
            TermQuery term => ([term.Term], [0]),
            PhraseQuery phrase => (phrase.GetTerms(), phrase.GetPositions()),
            _ => (Array.Empty<Term>(), Array.Empty<int>()),
        };
        if (keys.Length == 0)
        {
            return plain;
        }
        var query = new BooleanQuery { { plain, Occur.SHOULD }, { keyed!, Occur.SHOULD } };
        var latin = new MultiPhraseQuery { Slop = slop };
        for (var i = 0; i < keys.Length; i++)
        {
            var spellings = Spellings(field.Exact, keys[i].Text, text);
            if (spellings.Count == 0)
            {
                return query;
            }
            latin.Add([.. spellings.Select(s => new Term(field.Exact, s))], positions[i]);
        }
        query.Add(latin, Occur.SHOULD);
        return query;
    }

    // The index's Latin words in one field whose key is this one: the candidates that the spellings automaton lets
    // through, each checked against the key itself.
    private List<string> Spellings(string field, string key, string shown)
    {
        if (_spellings.TryGetValue((field, key), out var known))
        {
            return known;
        }
        var compiled = new CompiledAutomaton(new RegExp(SpellingPattern(key), RegExpSyntax.NONE).ToAutomaton());
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var context in _reader.Leaves)
        {
            if (context.AtomicReader.GetTerms(field) is not { } terms)
            {
                continue;
            }
            var e = compiled.GetTermsEnum(terms);
            while (e.MoveNext())
            {
                var term = e.Term.Utf8ToString();
                if (Transliteration.Key(term) == key && found.Add(term) && found.Count > FieldQueries.MaxExpansion)
                {
                    throw new QueryException($"{QueryException.Quote(shown)} has more than {FieldQueries.MaxExpansion:N0} different spellings in the index; make it more specific");
                }
            }
        }
        return _spellings[(field, key)] = [.. found.Order(StringComparer.Ordinal)];
    }

    // Every Latin spelling the key's folding could have come from, and some more (the key check sorts them out):
    // i from any run of i, y and j; e after a dropped glide; h from kh; s from z (tz); ks from x; v from w; sch from
    // shch; an apostrophe anywhere.
    private static string SpellingPattern(string key)
    {
        var pattern = new StringBuilder();
        for (var i = 0; i < key.Length; i++)
        {
            pattern.Append("'?");
            var rest = key.AsSpan(i);
            if (rest.StartsWith("sch"))
            {
                pattern.Append("sh?ch");
                i += 2;
                continue;
            }
            if (rest.StartsWith("ks"))
            {
                pattern.Append("(k[sz]|x)");
                i++;
                continue;
            }
            pattern.Append(key[i] switch
            {
                'i' => "[iyj]+",
                'e' => "[iyj]?e",
                'h' => "k?h",
                's' => "[sz]",
                'v' => "[vw]",
                var c when char.IsAsciiLetterOrDigit(c) => c.ToString(),
                var c => "\\" + c,
            });
        }
        return pattern.ToString();
    }
}
