using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;
using Search.Core.Errors;
using Search.Core.Schema;

namespace Search.Core.Querying;

/// <summary>
/// The Lucene query of one word, phrase, prefix, pattern or range in the fields a clause names, each field with its
/// schema boost: the rules both query syntaxes share, so that a word, a phrase or a field means the same in both.
/// Also keeps the two limits (how many words a pattern may expand to) and the stop-word rule: a bare word that
/// bare-word search skips (<c>the</c>, <c>these</c>) is skipped, unless nothing else is left to look for; then the
/// query is built again with <see cref="StopWordsAsWritten"/> and such words are searched in the exact fields.
/// One instance per query.
/// </summary>
internal sealed class FieldQueries
{
    /// <summary>How many different words a prefix or pattern may expand to before the query is refused as too broad.</summary>
    public const int MaxExpansion = 1024;

    private readonly QueryBuilder _analysis;
    private readonly IndexReader _reader;
    private readonly List<string> _skipped = [];

    /// <summary>Creates the builder of one query's clauses.</summary>
    /// <param name="analyzer">The index's per-field analyzer.</param>
    /// <param name="fields">The fields a query may name.</param>
    /// <param name="reader">The index, to bound expansions.</param>
    /// <param name="scope">Where unqualified words are searched.</param>
    public FieldQueries(Analyzer analyzer, SearchFields fields, IndexReader reader, SearchScope scope)
    {
        _analysis = new QueryBuilder(analyzer);
        Fields = fields;
        _reader = reader;
        Default = fields.Default(scope);
    }

    /// <summary>The fields a query may name.</summary>
    public SearchFields Fields { get; }

    /// <summary>Where unqualified words are searched.</summary>
    public IReadOnlyList<SearchField> Default { get; }

    /// <summary>The transliterated forms of this query's words and phrases.</summary>
    public TranslitClauses Transliterated => field ??= new TranslitClauses(_analysis, _reader, this);

    /// <summary>Whether a bare word of stop words only is searched as written (the second build), or skipped.</summary>
    public bool StopWordsAsWritten { get; init; }

    /// <summary>The bare words skipped as stop words so far, as typed.</summary>
    public IReadOnlyList<string> SkippedStopWords => _skipped;

    /// <summary>
    /// A bare word in one field: stemmed in a text field, as given in a keyword field. A word the analyzer splits in
    /// several (<c>anti-Russian</c>) is a phrase of them in our syntax and needs each of them in Lucene's.
    /// </summary>
    /// <param name="field">The field.</param>
    /// <param name="text">The word as typed.</param>
    /// <param name="splitAsPhrase">True: the pieces as a phrase; false: each piece required (Lucene's rule).</param>
    /// <returns>The query, or null when the word is only stop words and is skipped.</returns>
    public Query? Word(SearchField field, string text, bool splitAsPhrase)
    {
        if (field.IsKeyword)
        {
            return new TermQuery(new Term(field.Stemmed, text));
        }
        var stemmed = splitAsPhrase
            ? _analysis.CreatePhraseQuery(field.Stemmed, text)
            : _analysis.CreateBooleanQuery(field.Stemmed, text, Occur.MUST);
        if (stemmed is not null || field.Stemmed == field.Exact)
        {
            return stemmed;
        }
        var exact = _analysis.CreatePhraseQuery(field.Exact, text);
        if (exact is null || StopWordsAsWritten)
        {
            return exact;
        }
        if (!_skipped.Contains(text, StringComparer.Ordinal))
        {
            _skipped.Add(text);
        }
        return null;
    }

    /// <summary>Words as a sloppy phrase in one field's stemmed form (the proximity bonus).</summary>
    public Query? StemmedPhrase(SearchField field, string text, int slop) => _analysis.CreatePhraseQuery(field.Stemmed, text, slop);

    /// <summary>A quoted phrase in one field: exact words (stop words kept), within <paramref name="slop"/> moves.</summary>
    public Query? Phrase(SearchField field, string text, int slop) =>
        field.IsKeyword
            ? new TermQuery(new Term(field.Exact, text))
            : _analysis.CreatePhraseQuery(field.Exact, text, slop);

    /// <summary>
    /// Refuses a prefix, wildcard pattern or regular expression whose words in one index field are more than
    /// <see cref="MaxExpansion"/>: each costs a postings read, and so many are no longer a search.
    /// </summary>
    /// <param name="indexField">The index field whose terms are matched.</param>
    /// <param name="automaton">The words wanted.</param>
    /// <param name="shown">The clause as typed, for the message.</param>
    /// <param name="column">Where it is, for the message.</param>
    /// <exception cref="QueryException">Too many words match.</exception>
    public void LimitExpansion(string indexField, Automaton automaton, string shown, int? column)
    {
        if (CountTerms(indexField, new CompiledAutomaton(automaton), MaxExpansion + 1) > MaxExpansion)
        {
            throw new QueryException($"{QueryException.Quote(shown)} matches more than {MaxExpansion:N0} different words; make it more specific", column);
        }
    }

    /// <summary>A prefix, fuzzy word or pattern text lower-cased and folded as the exact fields are, or null when it is not one word.</summary>
    public string? Normalized(SearchField field, string text) =>
        _analysis.CreatePhraseQuery(field.Exact, text) is TermQuery term ? term.Term.Text : null;

    /// <summary>A range of whole values: only <c>published:</c> and <c>id:</c> have them.</summary>
    public static Query Range(IReadOnlyList<SearchField> targets, string? lower, string? upper, bool includeLower, bool includeUpper, int? column)
    {
        if (targets.Count != 1 || !targets[0].IsKeyword)
        {
            throw new QueryException("a range works on published: or id:, as in published:[2023-01-01 TO 2023-12-31]", column);
        }
        return TermRangeQuery.NewStringRange(targets[0].Exact, lower, upper, includeLower, includeUpper);
    }

    /// <summary>
    /// Every document of the kind searched (every article, or every comment; never a file record), unscored: what a
    /// query of exclusions only starts from.
    /// </summary>
    public Query All() => new ConstantScoreQuery(new TermQuery(new Term(FieldNames.Kind, Fields.Kind)));

    /// <summary>One query per field, each with the field's boost; SHOULD between fields; null when no field gave one.</summary>
    public static Query? AcrossFields(IReadOnlyList<SearchField> targets, Func<SearchField, Query?> make)
    {
        if (targets.Count == 1)
        {
            return Boosted(make(targets[0]), targets[0].Boost);
        }
        var query = new BooleanQuery();
        foreach (var field in targets)
        {
            if (Boosted(make(field), field.Boost) is { } q)
            {
                query.Add(q, Occur.SHOULD);
            }
        }
        return query.Clauses.Count == 0 ? null : query;
    }

    /// <summary>The query with its boost multiplied.</summary>
    public static Query? Boosted(Query? query, float boost)
    {
        if (query is not null)
        {
            query.Boost *= boost;
        }
        return query;
    }

    /// <summary>
    /// Whether the stop-word rule asks for a second build: some bare words were skipped as stop words and what is
    /// left looks for nothing (no query at all, or exclusions only).
    /// </summary>
    /// <param name="built">The first build's query.</param>
    public bool NeedsStopWordsAsWritten(Query? built) =>
        !StopWordsAsWritten && _skipped.Count > 0 && (built is null || !LooksForSomething(built));

    /// <summary>The note that says a query's stop words were searched as written.</summary>
    public static string StopWordNote(IReadOnlyList<string> words) =>
        (words.Count == 1 ? $"\"{QueryException.Quote(words[0])}\" is a stop word" : $"{string.Join(", ", words.Select(w => $"\"{QueryException.Quote(w)}\""))} are stop words")
        + ", which bare-word search skips: searched as written instead, not stemmed";

    private static bool LooksForSomething(Query query) => query switch
    {
        BooleanQuery b => b.Clauses.Any(c => c.Occur != Occur.MUST_NOT && LooksForSomething(c.Query)),
        ConstantScoreQuery { Query: TermQuery { Term.Field: FieldNames.Kind } } => false,
        _ => true,
    };

    private int CountTerms(string field, CompiledAutomaton automaton, int stopAt)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var context in _reader.Leaves)
        {
            var terms = context.AtomicReader.GetTerms(field);
            if (terms is null)
            {
                continue;
            }
            var e = automaton.GetTermsEnum(terms);
            while (e.MoveNext())
            {
                seen.Add(e.Term.Utf8ToString());
                if (seen.Count >= stopAt)
                {
                    return seen.Count;
                }
            }
        }
        return seen.Count;
    }
}
