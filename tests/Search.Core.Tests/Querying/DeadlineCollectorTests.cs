using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Search.Core.Querying;

namespace Search.Core.Tests.Querying;

/// <summary>A query past its time limit is stopped; one within it collects every hit.</summary>
public class DeadlineCollectorTests
{
    private static IndexSearcher SearcherOver(int documents)
    {
        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer())))
        {
            for (var i = 0; i < documents; i++)
            {
                writer.AddDocument([new StringField("f", "x", Field.Store.NO)]);
            }
        }
        return new IndexSearcher(DirectoryReader.Open(directory));
    }

    [Fact]
    public void A_search_whose_deadline_has_passed_is_stopped()
    {
        var searcher = SearcherOver(10_000);
        Assert.Throws<QueryDeadlinePassedException>(
            () => searcher.Search(new MatchAllDocsQuery(), new DeadlineCollector(new TotalHitCountCollector(), TimeSpan.FromSeconds(-1))));
    }

    [Fact]
    public void A_search_within_its_deadline_counts_every_hit()
    {
        var searcher = SearcherOver(10_000);
        var counter = new TotalHitCountCollector();
        searcher.Search(new MatchAllDocsQuery(), new DeadlineCollector(counter, TimeSpan.FromMinutes(1)));
        Assert.Equal(10_000, counter.TotalHits);
    }
}
