using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using Search.Core.Schema;

namespace Search.Core.Trends;

/// <summary>
/// The words and phrases a query looks for (never those it excludes), each as a span query that finds every place
/// it occurs, with the part of the text it searches. What <see cref="TrendUnit.Occurrences"/> counts.
/// </summary>
internal static class SpanLeaves
{
    /// <summary>The positive leaves of a query whose field is one of the counted places.</summary>
    /// <param name="query">The query as built for one kind of document.</param>
    /// <param name="fields">That kind's fields, to tell where an index field is.</param>
    /// <param name="counted">The places counted on that kind of document.</param>
    public static List<(SpanQuery Span, MatchLocation Location)> Of(Query query, SearchFields fields, IReadOnlySet<MatchLocation> counted)
    {
        var leaves = new List<(SpanQuery, MatchLocation)>();
        Visit(query, fields, counted, leaves);
        return leaves;
    }

    private static void Visit(Query query, SearchFields fields, IReadOnlySet<MatchLocation> counted, List<(SpanQuery, MatchLocation)> leaves)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT))
                {
                    Visit(clause.Query, fields, counted, leaves);
                }
                break;
            case ConstantScoreQuery { Query: { } inner }:
                Visit(inner, fields, counted, leaves);
                break;
            case TermQuery term when Where(term.Term.Field, fields, counted) is { } at:
                leaves.Add((new SpanTermQuery(term.Term), at));
                break;
            case PhraseQuery phrase when phrase.GetTerms().Length > 0 && Where(phrase.GetTerms()[0].Field, fields, counted) is { } at:
                leaves.Add((Near(phrase.GetTerms().Select(t => (SpanQuery)new SpanTermQuery(t)).ToArray(), phrase.GetPositions(), phrase.Slop), at));
                break;
            case MultiPhraseQuery multi when multi.GetTermArrays().Count > 0 && Where(multi.GetTermArrays()[0][0].Field, fields, counted) is { } at:
                var alternatives = multi.GetTermArrays().Select(ts => (SpanQuery)new SpanOrQuery([.. ts.Select(t => new SpanTermQuery(t))])).ToArray();
                leaves.Add((Near(alternatives, multi.GetPositions(), multi.Slop), at));
                break;
            case MultiTermQuery pattern when Where(pattern.Field, fields, counted) is { } at:
                leaves.Add((new SpanMultiTermQueryWrapper<MultiTermQuery>(pattern), at));
                break;
        }
    }

    // A phrase as spans: in order and adjacent when exact; a phrase whose stop words were dropped keeps their room as
    // slop; a sloppy phrase may come in any order, as Lucene's phrase query allows.
    private static SpanQuery Near(SpanQuery[] parts, int[] positions, int slop)
    {
        if (parts.Length == 1)
        {
            return parts[0];
        }
        var gaps = positions[^1] - positions[0] - (parts.Length - 1);
        return new SpanNearQuery(parts, slop + gaps, inOrder: slop == 0);
    }

    private static MatchLocation? Where(string indexField, SearchFields fields, IReadOnlySet<MatchLocation> counted) =>
        fields.ForIndexField(indexField) is { Field.Location: { } location } && counted.Contains(location) ? location : null;
}
