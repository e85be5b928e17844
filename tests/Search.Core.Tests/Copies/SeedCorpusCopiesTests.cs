using Search.Core.Analysis;
using Search.Core.Copies;
using Search.Core.Corpus;
using Search.Core.Indexing;
using Search.Core.Storage;

namespace Search.Core.Tests.Copies;

/// <summary>The five seed pages of corpus/ hold no copies.</summary>
public sealed class SeedCorpusCopiesTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_seed_pages_form_no_group()
    {
        CorpusIndexer.Run(new IndexRequest(RepositoryPaths.DefaultCorpus, _dir["index"]));
        using var index = ArticleIndex.Open(_dir["index"]);
        var report = CopyFinder.Find(index);
        Assert.Empty(report.Clusters);
        Assert.Equal((5, 11), (report.ArticlesCompared, report.CommentsCompared));
    }

    [Fact]
    public void The_two_pages_that_share_text_quote_one_document_and_are_far_from_copies()
    {
        // 000 (a blog post on Russia's 2023 foreign policy paper) and 004 (Lavrov on the same concept) both quote the
        // concept itself: six runs of 8 to 11 words in common ("the world order to the realities of a multipolar
        // world"), a few percent of their shingles. Every other pair shares only common phrases.
        var pages = Directory.GetFiles(RepositoryPaths.DefaultCorpus).Order(StringComparer.Ordinal)
            .Select(f => CopySignature.Of(CorpusFileReader.Read(f, Path.GetFileName(f), new List<CorpusWarning>()).Single().Paragraphs)!).ToList();
        for (var i = 0; i < pages.Count; i++)
        {
            for (var j = i + 1; j < pages.Count; j++)
            {
                Assert.InRange(CopySignature.Similarity(pages[i], pages[j]), 0, 0.25);
            }
        }
    }
}
