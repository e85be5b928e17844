using Search.Core.Errors;
using Search.Core.Querying;
using Xunit.Abstractions;

namespace Search.Core.Tests.Querying.LuceneParity;

/// <summary>
/// Our engine counts the same articles as the Java Lucene 8 reference of the shared benchmark folder, query by query:
/// for the benchmark's generated query set (words, phrases, +a +b, a OR b, title:, author:"First Last": the same
/// meaning in our syntax and in Lucene's), and for OwnQueries.tsv, Lucene classic syntax through every operator
/// (wildcards, regular expressions, &amp;&amp; || !, fuzzy, slop, boosts, escapes). Totals only: the two rank
/// differently (Lucene 4.8 and 8 compute BM25 norms apart, and we add a proximity bonus), but which articles match
/// is the same question in both. Differences allowed are listed in Exceptions.tsv, or decided by
/// <see cref="StopWordsOnlyRule"/>.
/// </summary>
public sealed class LuceneParityTests(LuceneParityCorpus corpus, ITestOutputHelper output) : IClassFixture<LuceneParityCorpus>
{
    [SkippableFact]
    public void Generated_queries_get_the_reference_total()
    {
        var set = corpus.Prepared().Generated;
        // make_queries.py promises a hundred queries for each of its nine classes: fewer means it changed.
        Assert.Equal(900, set.Queries.Count);
        AssertSameTotals(set);
    }

    [SkippableFact]
    public void Own_queries_get_the_reference_total() => AssertSameTotals(corpus.Prepared().Own);

    [SkippableFact]
    public void Every_documented_exception_names_a_query()
    {
        var prepared = corpus.Prepared();
        var queries = prepared.Generated.Queries.Concat(prepared.Own.Queries).ToList();
        var unknown = DocumentedExceptions.Read().Entries
            .Where(e => !queries.Any(q => DocumentedExceptions.Names(e.Key, q)))
            .Select(e => $"  {e.Key}\t{e.Why}")
            .ToList();
        Assert.True(unknown.Count == 0,
            $"entries of {DocumentedExceptions.FilePath} that name no query id or text of either set:\n{string.Join('\n', unknown)}");
    }

    // The one place our side's request is made: in Lucene's syntax (--syntax lucene), as the reference parses them.
    private int OurTotal(string query) =>
        corpus.Prepared().Engine.Search(new SearchRequest(query, Limit: 0, Snippets: false, Syntax: QuerySyntax.Lucene)).Total;

    private void AssertSameTotals(ParityQuerySet set)
    {
        var totals = set.Queries.Select(q => Answer(q, set.ReferenceTotals[q.Id])).ToList();
        var report = new ParityReport(set.Name, totals, DocumentedExceptions.Read());
        output.WriteLine(corpus.Prepared().Timings);
        output.WriteLine(report.Summary());
        output.WriteLine("every query (id, query, ours, reference):");
        foreach (var row in totals)
        {
            output.WriteLine("  " + row);
        }
        // A reference that found nothing (an empty index, a broken analyzer) would agree with a broken engine.
        Assert.True(totals.Count(t => t.Reference > 0) * 2 >= totals.Count,
            $"{set.Name}: the reference found articles for only {totals.Count(t => t.Reference > 0)} of {totals.Count} queries");
        if (report.Failure() is { } failure)
        {
            Assert.Fail(failure);
        }
    }

    private QueryTotals Answer(ParityQuery query, long reference)
    {
        try
        {
            return new QueryTotals(query, OurTotal(query.Text), null, reference);
        }
        catch (QueryException e)
        {
            // Counted as the reference counts a query its parser refuses; the message shows why.
            return new QueryTotals(query, -1, e.Message, reference);
        }
    }
}
