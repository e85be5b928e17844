using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Errors;
using Search.Core.Querying.Syntax;
using Search.Core.Schema;

namespace Search.Core.Querying;

/// <summary>
/// Turns a parsed query into a Lucene query. Bare words go to the stemmed fields, quoted phrases (with <c>~N</c>),
/// prefixes and fuzzy words to the exact ones, each field with its schema boost; consecutive bare words also earn a
/// <see cref="ProximityBonus"/>, so that words standing together in query order outrank the same words apart.
/// </summary>
internal sealed class LuceneQueryBuilder
{
    /// <summary>How many different words a prefix may expand to before the query is refused as too broad.</summary>
    public const int MaxPrefixExpansion = 1024;

    // How far apart consecutive bare words may stand and still earn the proximity bonus.
    private const int ProximitySlop = 3;

    private readonly QueryBuilder _analysis;
    private readonly List<Query> _bonuses = [];
    private int _exclusionDepth;
    private readonly SearchFields _fields;
    private readonly IndexReader _reader;
    private readonly SearchScope _scope;

    /// <summary>Creates a builder.</summary>
    /// <param name="analyzer">The index's per-field analyzer.</param>
    /// <param name="fields">The fields a query may name.</param>
    /// <param name="reader">The index, to bound prefix expansion.</param>
    /// <param name="scope">Where unqualified words are searched.</param>
    public LuceneQueryBuilder(Analyzer analyzer, SearchFields fields, IndexReader reader, SearchScope scope)
    {
        _analysis = new QueryBuilder(analyzer);
        _fields = fields;
        _reader = reader;
        _scope = scope;
    }

    /// <summary>
    /// After <see cref="Build"/>: the sloppy phrases (slop 3, each stemmed field with its boost) of every run of
    /// consecutive bare words, whose scores a hit adds to its own; null when the query has no such run. It never
    /// changes what matches, so it is kept apart from the matching query: evaluating the phrases for every matching
    /// article cost as much as the rest of a two-word query on a large index, and only the best hits need them
    /// (see <see cref="ProximityRescorer"/>).
    /// </summary>
    public Query? ProximityBonus => _bonuses.Count == 0 ? null : Should(_bonuses);

    /// <summary>Builds the query for a tree.</summary>
    /// <param name="node">The parsed query.</param>
    /// <returns>The Lucene query, matching articles only.</returns>
    /// <exception cref="QueryException">An unknown field, a too-broad prefix, or nothing left to search.</exception>
    public Query Build(QueryNode node)
    {
        try
        {
            return Visit(node, _fields.Default(_scope))
                ?? throw new QueryException("the query has only common words (like \"the\" or \"of\") that bare-word search skips; put them in quotes to search them exactly");
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            throw new QueryException($"the query expands to more than {BooleanQuery.MaxClauseCount:N0} clauses in one group; split it into several");
        }
    }

    private Query? Visit(QueryNode node, IReadOnlyList<SearchField> targets) => node switch
    {
        WordNode word => Word(word, targets),
        PhraseNode phrase => AcrossFields(targets, f => Phrase(f, phrase)),
        RangeNode range => Range(range, targets),
        FieldNode field => Visit(field.Inner, [_fields.Get(field.Field, field.Column)]),
        BoostNode boost => Boosted(Visit(boost.Inner, targets), boost.Boost),
        AllNode all => All(all, targets),
        AnyNode any => Any(any, targets),
        _ => throw new ArgumentException($"unknown node {node.GetType().Name}", nameof(node)),
    };

    private Query? Word(WordNode word, IReadOnlyList<SearchField> targets)
    {
        if (word.Prefix)
        {
            return AcrossFields(targets, f => Prefix(f, word));
        }
        if (word.FuzzyEdits is { } edits)
        {
            return AcrossFields(targets, f => Normalized(f, word.Text) is { } t ? new FuzzyQuery(new Term(f.Exact, t), edits) : null);
        }
        return AcrossFields(targets, f => f.IsKeyword
            ? new TermQuery(new Term(f.Stemmed, word.Text))
            : _analysis.CreatePhraseQuery(f.Stemmed, word.Text));
    }

    private Query? Phrase(SearchField field, PhraseNode phrase) =>
        field.IsKeyword
            ? new TermQuery(new Term(field.Exact, phrase.Text))
            : _analysis.CreatePhraseQuery(field.Exact, phrase.Text, phrase.Slop);

    private Query? Prefix(SearchField field, WordNode word)
    {
        var prefix = field.IsKeyword ? word.Text : Normalized(field, word.Text);
        if (string.IsNullOrEmpty(prefix))
        {
            return null;
        }
        var term = new Term(field.Exact, prefix);
        if (CountTermsWithPrefix(term, MaxPrefixExpansion + 1) > MaxPrefixExpansion)
        {
            throw new QueryException($"{QueryException.Quote(word.Text)}* matches more than {MaxPrefixExpansion:N0} different words; make the prefix longer", word.Column);
        }
        return new PrefixQuery(term);
    }

    private static Query? Range(RangeNode range, IReadOnlyList<SearchField> targets)
    {
        if (targets.Count != 1 || !targets[0].IsKeyword)
        {
            throw new QueryException("a range works on published: or id:, as in published:[2023-01-01 TO 2023-12-31]", range.Column);
        }
        return TermRangeQuery.NewStringRange(targets[0].Exact, range.Lower, range.Upper, range.IncludeLower, range.IncludeUpper);
    }

    private static BooleanQuery Should(IEnumerable<Query> queries)
    {
        var query = new BooleanQuery();
        foreach (var q in queries)
        {
            query.Add(q, Occur.SHOULD);
        }
        return query;
    }

    private static Query? Boosted(Query? query, float boost)
    {
        if (query is not null)
        {
            query.Boost *= boost;
        }
        return query;
    }

    private Query? All(AllNode all, IReadOnlyList<SearchField> targets)
    {
        var query = new BooleanQuery();
        foreach (var q in all.Required.Select(n => Visit(n, targets)).OfType<Query>())
        {
            query.Add(q, Occur.MUST);
        }
        var positive = query.Clauses.Count > 0;
        // What is excluded never scores, so it earns no bonus either.
        _exclusionDepth++;
        foreach (var q in all.Excluded.Select(n => Visit(n, targets)).OfType<Query>())
        {
            query.Add(q, Occur.MUST_NOT);
        }
        _exclusionDepth--;
        if (!positive && query.Clauses.Count > 0)
        {
            // Only exclusions: everything but them. Lucene matches nothing for a purely negative query.
            query.Add(new ConstantScoreQuery(new TermQuery(new Term(FieldNames.Kind, "article"))), Occur.MUST);
        }
        if (!positive && query.Clauses.Count == 0)
        {
            return null;
        }
        if (_exclusionDepth == 0)
        {
            _bonuses.AddRange(ProximityBonuses(all.Required, targets));
        }
        return query;
    }

    private Query? Any(AnyNode any, IReadOnlyList<SearchField> targets)
    {
        var query = new BooleanQuery();
        foreach (var q in any.Alternatives.Select(n => Visit(n, targets)).OfType<Query>())
        {
            query.Add(q, Occur.SHOULD);
        }
        return query.Clauses.Count == 0 ? null : query;
    }

    // Runs of two or more plain words in a row ("multipolar world" typed without quotes) also match, optionally,
    // as a sloppy phrase in each stemmed field: the closer together, the higher the score. Matching is unchanged.
    private IEnumerable<Query> ProximityBonuses(IReadOnlyList<QueryNode> required, IReadOnlyList<SearchField> targets)
    {
        foreach (var run in AdjacentWords.Runs(required))
        {
            foreach (var field in targets.Where(f => !f.IsKeyword))
            {
                if (_analysis.CreatePhraseQuery(field.Stemmed, run, ProximitySlop) is PhraseQuery phrase && phrase.GetTerms().Length >= 2)
                {
                    phrase.Boost = field.Boost;
                    yield return phrase;
                }
            }
        }
    }

    private static Query? AcrossFields(IReadOnlyList<SearchField> targets, Func<SearchField, Query?> make)
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

    // A prefix or fuzzy word is compared with exact-field terms, so it is lower-cased and folded the same way.
    private string? Normalized(SearchField field, string text)
    {
        var analysed = _analysis.CreatePhraseQuery(field.Exact, text);
        return analysed is TermQuery term ? term.Term.Text : null;
    }

    private int CountTermsWithPrefix(Term prefix, int stopAt)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var context in _reader.Leaves)
        {
            var terms = context.AtomicReader.GetTerms(prefix.Field);
            if (terms is null)
            {
                continue;
            }
            var e = terms.GetEnumerator();
            if (e.SeekCeil(prefix.Bytes) == TermsEnum.SeekStatus.END)
            {
                continue;
            }
            do
            {
                if (!StringHelper.StartsWith(e.Term, prefix.Bytes))
                {
                    break;
                }
                seen.Add(e.Term.Utf8ToString());
                if (seen.Count >= stopAt)
                {
                    return seen.Count;
                }
            }
            while (e.MoveNext());
        }
        return seen.Count;
    }
}
