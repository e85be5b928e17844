using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;
using Search.Core.Analysis;
using Search.Core.Errors;
using Search.Core.Schema;
using ClassicParser = Lucene.Net.QueryParsers.Classic.QueryParser;
using ClassicOperator = Lucene.Net.QueryParsers.Classic.Operator;

namespace Search.Core.Querying;

/// <summary>
/// Lucene's classic query syntax (<c>--syntax lucene</c>), parsed by Lucene.Net.QueryParser's own parser, with every
/// clause routed as our syntax routes it (<see cref="FieldQueries"/>): bare words to the stemmed fields, quoted
/// phrases and <c>"..."~N</c> to the exact ones, <c>title:</c> and the other fields to theirs, default AND, the
/// schema's boosts. Where the two syntaxes differ, this one does what Lucene does, so that a query written for
/// Lucene, Solr or Elasticsearch's <c>query_string</c> finds what it found there: <c>OR</c> between two clauses makes
/// both optional (<c>a b OR c</c> needs <c>a</c>, and <c>b</c> or <c>c</c>), a word the analyzer splits needs each
/// piece, and <c>*</c>, <c>?</c>, <c>~</c> and <c>/regex/</c> match the index's stemmed terms. One instance per query:
/// the parser keeps state.
/// </summary>
internal sealed class LuceneSyntaxParser : ClassicParser
{
    private readonly FieldQueries _clauses;
    private readonly string _query;
    private readonly List<string> _words = [];
    private readonly Dictionary<Query, LuceneSyntaxPattern> _patterns = new(ReferenceEqualityComparer.Instance);
    private readonly bool _translit;
    private int _leaves;
    private int _expanding;

    /// <summary>Creates the parser of one query.</summary>
    /// <param name="clauses">The clause rules, for this query only.</param>
    /// <param name="analyzer">The index's per-field analyzer.</param>
    /// <param name="query">The query text, for the columns of errors found after parsing.</param>
    /// <param name="translit">Whether every word and phrase is searched transliterated, not only <c>translit:</c> ones.</param>
    public LuceneSyntaxParser(FieldQueries clauses, Analyzer analyzer, string query, bool translit = false)
        : base(LuceneVersion.LUCENE_48, null, analyzer)
    {
        _clauses = clauses;
        _translit = translit;
        _query = query;
        DefaultOperator = ClassicOperator.AND;
        // Lower-casing of wildcard terms must not depend on the machine's culture.
        Locale = CultureInfo.InvariantCulture;
    }

    /// <summary>The words and phrase texts of the query, for spelling suggestions.</summary>
    public IReadOnlyList<string> Words => _words;

    /// <summary>
    /// The words each prefix, wildcard, regular-expression and fuzzy query accepts, for highlighting: Lucene.Net's
    /// queries do not show their automata. Keyed by the query object itself (its boost changes after it is made).
    /// </summary>
    public IReadOnlyDictionary<Query, LuceneSyntaxPattern> Patterns => _patterns;

    /// <inheritdoc />
    protected override Query? GetFieldQuery(string field, string queryText, bool quoted)
    {
        CountLeaf();
        _words.Add(queryText);
        if (_translit || IsTranslit(field))
        {
            return FieldQueries.AcrossFields(Targets(field), f => quoted
                ? _clauses.Transliterated.Phrase(f, queryText, 0)
                : _clauses.Transliterated.Word(f, queryText));
        }
        return FieldQueries.AcrossFields(Targets(field), f => quoted
            ? _clauses.Phrase(f, queryText, 0)
            : _clauses.Word(f, queryText, splitAsPhrase: false));
    }

    /// <inheritdoc />
    protected override Query? GetFieldQuery(string field, string queryText, int slop)
    {
        CountLeaf();
        _words.Add(queryText);
        return FieldQueries.AcrossFields(Targets(field), f => _translit || IsTranslit(field)
            ? _clauses.Transliterated.Phrase(f, queryText, slop)
            : _clauses.Phrase(f, queryText, slop));
    }

    /// <inheritdoc />
    protected override Query? GetPrefixQuery(string field, string termStr)
    {
        if (termStr.StartsWith('*'))
        {
            throw Refused("* cannot start a word (it would read every word of the index)", termStr);
        }
        var prefix = Lower(termStr);
        return Expanding(field, termStr + "*", f => f.IsKeyword ? termStr : prefix,
            (f, text) => BasicOperations.Concatenate(BasicAutomata.MakeString(text), BasicAutomata.MakeAnyString()),
            t => new PrefixQuery(t));
    }

    /// <inheritdoc />
    protected override Query? GetWildcardQuery(string field, string termStr)
    {
        if (field == "*" && termStr == "*")
        {
            CountLeaf();
            return _clauses.All();
        }
        if (termStr.StartsWith('*') || termStr.StartsWith('?'))
        {
            throw Refused("* or ? cannot start a word (it would read every word of the index)", termStr);
        }
        return Expanding(field, termStr, f => f.IsKeyword ? termStr : Lower(termStr),
            (f, text) => WildcardQuery.ToAutomaton(new Term(f, text)),
            t => new WildcardQuery(t));
    }

    /// <inheritdoc />
    protected override Query? GetRegexpQuery(string field, string termStr) =>
        Expanding(field, "/" + termStr + "/", f => f.IsKeyword ? termStr : Lower(termStr),
            (f, text) => Regexp(text),
            t => new RegexpQuery(t));

    /// <inheritdoc />
    protected override Query? GetFuzzyQuery(string field, string termStr, float minSimilarity)
    {
        CountLeaf();
        CountExpanding(termStr + "~");
        _words.Add(termStr);
        var text = Lower(termStr);
#pragma warning disable CS0618 // the classic syntax's "~0.8" similarity is still Lucene's to convert
        var edits = FuzzyQuery.SingleToEdits(minSimilarity, text.Length);
#pragma warning restore CS0618
        if (edits > LevenshteinAutomata.MAXIMUM_SUPPORTED_DISTANCE)
        {
            throw Refused($"a fuzzy word allows at most {LevenshteinAutomata.MAXIMUM_SUPPORTED_DISTANCE} edits", termStr + "~");
        }
        return FieldQueries.AcrossFields(Targets(field), f => Remember(new FuzzyQuery(new Term(f.Stemmed, text), edits), termStr + "~", EditDistance.Within(text, edits)));
    }

    /// <inheritdoc />
    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive)
    {
        CountLeaf();
        return FieldQueries.Range(Targets(field), part1, part2, startInclusive, endInclusive, ColumnOf(field + ":"));
    }

    /// <inheritdoc />
    protected override Query? GetBooleanQuery(IList<BooleanClause> clauses, bool disableCoord)
    {
        var query = base.GetBooleanQuery(clauses, disableCoord) as BooleanQuery;
        if (query is not null && query.Clauses.All(c => c.Occur == Occur.MUST_NOT))
        {
            // Exclusions only: everything but them, as in Solr and Elasticsearch (Lucene itself would match nothing).
            query.Add(_clauses.All(), Occur.MUST);
        }
        return query;
    }

    private Query? Expanding(string? field, string shown, Func<SearchField, string> text, Func<string, string, Automaton> automaton, Func<Term, Query> make)
    {
        CountLeaf();
        CountExpanding(shown);
        return FieldQueries.AcrossFields(Targets(field), f =>
        {
            var t = text(f);
            var accepts = automaton(f.Stemmed, t);
            _clauses.LimitExpansion(f.Stemmed, accepts, shown, ColumnOf(shown));
            return Remember(make(new Term(f.Stemmed, t)), shown, accepts);
        });
    }

    private Query Remember(Query query, string shown, Automaton accepts)
    {
        _patterns[query] = new LuceneSyntaxPattern(shown, accepts);
        return query;
    }

    private Automaton Regexp(string text)
    {
        try
        {
            return new RegExp(text).ToAutomaton();
        }
        catch (ArgumentException e)
        {
            throw Refused($"not a regular expression: {e.Message.TrimEnd('.')}", "/" + text + "/");
        }
    }

    private static bool IsTranslit(string? field) => string.Equals(field, SearchFields.Translit, StringComparison.OrdinalIgnoreCase);

    // translit: is not a field but a way of searching the default ones.
    private IReadOnlyList<SearchField> Targets(string? field)
    {
        if (field is null || IsTranslit(field))
        {
            return _clauses.Default;
        }
        var name = field.ToLowerInvariant();
        return [_clauses.Fields.Get(name, ColumnOf(field + ":") ?? 1)];
    }

    private string Lower(string text) => Locale.TextInfo.ToLower(text);

    private void CountLeaf()
    {
        if (++_leaves > Syntax.QueryParser.MaxClauses)
        {
            throw new QueryException($"the query has more than {Syntax.QueryParser.MaxClauses} words, phrases and field clauses; split it into several");
        }
    }

    private void CountExpanding(string shown)
    {
        if (++_expanding > Syntax.QueryParser.MaxExpandingWords)
        {
            throw Refused($"the query has more than {Syntax.QueryParser.MaxExpandingWords} prefix, wildcard, fuzzy and regular-expression words; each reads many terms", shown);
        }
    }

    private QueryException Refused(string message, string shown) => new(message, ColumnOf(shown));

    // The classic parser hands its overrides text, not positions: the first place the text stands is the column.
    private int? ColumnOf(string text)
    {
        var at = _query.IndexOf(text, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? null : at + 1;
    }
}
