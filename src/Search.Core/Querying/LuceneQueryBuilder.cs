using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util.Automaton;
using Search.Core.Errors;
using Search.Core.Querying.Syntax;
using Search.Core.Schema;

namespace Search.Core.Querying;

/// <summary>
/// Turns a query of our syntax into a Lucene query. Bare words go to the stemmed fields, quoted phrases (with
/// <c>~N</c>), prefixes and fuzzy words to the exact ones, each field with its schema boost (see
/// <see cref="FieldQueries"/>); consecutive bare words also earn a <see cref="ProximityBonus"/>, so that words
/// standing together in query order outrank the same words apart.
/// </summary>
internal sealed class LuceneQueryBuilder
{
    // How far apart consecutive bare words may stand and still earn the proximity bonus.
    private const int ProximitySlop = 3;

    private readonly FieldQueries _clauses;
    private readonly List<Query> _bonuses = [];
    private int _exclusionDepth;
    private int _translitDepth;

    /// <summary>Creates a builder.</summary>
    /// <param name="clauses">The clause rules, for this query only.</param>
    /// <param name="translit">Whether every word and phrase is searched transliterated, not only <c>translit:</c> ones.</param>
    public LuceneQueryBuilder(FieldQueries clauses, bool translit = false)
    {
        _clauses = clauses;
        _translitDepth = translit ? 1 : 0;
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
    /// <returns>The Lucene query, matching articles only; null when only skipped stop words were left.</returns>
    /// <exception cref="QueryException">An unknown field or a too-broad prefix.</exception>
    public Query? Build(QueryNode node)
    {
        try
        {
            return Visit(node, _clauses.Default);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            throw new QueryException($"the query expands to more than {BooleanQuery.MaxClauseCount:N0} clauses in one group; split it into several");
        }
    }

    private Query? Visit(QueryNode node, IReadOnlyList<SearchField> targets) => node switch
    {
        WordNode word => Word(word, targets),
        PhraseNode phrase => FieldQueries.AcrossFields(targets, f => _translitDepth > 0
            ? _clauses.Transliterated.Phrase(f, phrase.Text, phrase.Slop)
            : _clauses.Phrase(f, phrase.Text, phrase.Slop)),
        FieldNode { Field: SearchFields.Translit } translit => Transliterated(translit.Inner, targets),
        RangeNode range => FieldQueries.Range(targets, range.Lower, range.Upper, range.IncludeLower, range.IncludeUpper, range.Column),
        FieldNode field => Visit(field.Inner, [_clauses.Fields.Get(field.Field, field.Column)]),
        BoostNode boost => FieldQueries.Boosted(Visit(boost.Inner, targets), boost.Boost),
        AllNode all => All(all, targets),
        AnyNode any => Any(any, targets),
        _ => throw new ArgumentException($"unknown node {node.GetType().Name}", nameof(node)),
    };

    private Query? Word(WordNode word, IReadOnlyList<SearchField> targets)
    {
        if (word.Prefix)
        {
            return FieldQueries.AcrossFields(targets, f => Prefix(f, word));
        }
        if (word.FuzzyEdits is { } edits)
        {
            return FieldQueries.AcrossFields(targets, f => _clauses.Normalized(f, word.Text) is { } t ? new FuzzyQuery(new Term(f.Exact, t), edits) : null);
        }
        return FieldQueries.AcrossFields(targets, f => _translitDepth > 0
            ? _clauses.Transliterated.Word(f, word.Text)
            : _clauses.Word(f, word.Text, splitAsPhrase: true));
    }

    // translit: is not a field but a way of searching the fields around it.
    private Query? Transliterated(QueryNode inner, IReadOnlyList<SearchField> targets)
    {
        _translitDepth++;
        try
        {
            return Visit(inner, targets);
        }
        finally
        {
            _translitDepth--;
        }
    }

    private PrefixQuery? Prefix(SearchField field, WordNode word)
    {
        var prefix = field.IsKeyword ? word.Text : _clauses.Normalized(field, word.Text);
        if (string.IsNullOrEmpty(prefix))
        {
            return null;
        }
        _clauses.LimitExpansion(field.Exact, BasicOperations.Concatenate(BasicAutomata.MakeString(prefix), BasicAutomata.MakeAnyString()),
            word.Text + "*", word.Column);
        return new PrefixQuery(new Term(field.Exact, prefix));
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
            query.Add(_clauses.All(), Occur.MUST);
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
                if (_clauses.StemmedPhrase(field, run, ProximitySlop) is PhraseQuery phrase && phrase.GetTerms().Length >= 2)
                {
                    phrase.Boost = field.Boost;
                    yield return phrase;
                }
            }
        }
    }
}
