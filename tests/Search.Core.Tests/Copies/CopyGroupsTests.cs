using Search.Core.Copies;
using Search.Core.Storage;

namespace Search.Core.Tests.Copies;

/// <summary>Given a corpus with a syndicated copy and a pasted comment, the groups of copies, as indexing changes it.</summary>
public sealed class CopyGroupsTests : IDisposable
{
    private readonly CopiesCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public void A_and_its_copy_group_together_and_B_that_quotes_a_paragraph_of_A_stays_alone()
    {
        _corpus.WriteAll().Run();
        Assert.Equal(["a a2"], _corpus.Groups(CopyKind.Article));
    }

    [Fact]
    public void A_comment_posted_by_two_authors_in_two_threads_groups_and_short_or_near_comments_do_not()
    {
        _corpus.WriteAll().Run();
        // "Thanks!" is posted three times but is too short; "... to rule the seas." is one word from T.
        Assert.Equal(["a/c1 b/c1"], _corpus.Groups(CopyKind.Comment));
        using var index = ArticleIndex.Open(_corpus.Index);
        var report = CopyFinder.Find(index);
        var comments = Assert.Single(report.Clusters, c => c.Kind == CopyKind.Comment);
        Assert.Equal(CopiesCorpus.T, comments.Text);
        Assert.Equal(["Tomko Kubianca", "Vera Sol"], comments.Members.Select(m => m.Author));
        Assert.Equal(["Kremlin Daily", "Riga Review"], comments.Members.Select(m => m.Source));
        // Compared: the four bodies, and the three comments of six words or more.
        Assert.Equal((4, 3), (report.ArticlesCompared, report.CommentsCompared));
    }

    [Fact]
    public void Members_come_earliest_first_with_their_similarity_to_the_first()
    {
        _corpus.WriteAll().Run();
        using var index = ArticleIndex.Open(_corpus.Index);
        var group = Assert.Single(CopyFinder.Find(index, CopyKind.Article).Clusters);
        Assert.Equal(["a", "a2"], group.Members.Select(m => m.Id));
        Assert.Equal(1.0, group.Members[0].Similarity);
        Assert.InRange(group.Members[1].Similarity, 0.6, 0.95);
        Assert.Equal(["Global Echo"], CopyFinder.CopiesOf(index, "a").Select(m => m.Source));
        Assert.Equal(["a"], CopyFinder.CopiesOf(index, "a2").Select(m => m.Id));
        Assert.Empty(CopyFinder.CopiesOf(index, "b"));
    }

    [Fact]
    public void Copies_of_one_day_come_in_order_of_their_article_ids_not_of_indexing()
    {
        // Z, a copy of A on A's day with T among its comments, is indexed first, in a run of its own.
        _corpus.Write("z", "2023-03-01", "Global Echo", CopiesCorpus.BodyOfA2, ("c1", "Vera Sol", CopiesCorpus.T));
        _corpus.Run();
        _corpus.WriteA();
        _corpus.Run();
        Assert.Equal(["a z"], _corpus.Groups(CopyKind.Article));
        Assert.Equal(["a/c1 z/c1"], _corpus.Groups(CopyKind.Comment));
    }

    [Fact]
    public void Adding_a_copy_to_an_index_groups_it_and_removing_it_ungroups_it()
    {
        _corpus.WriteA();
        _corpus.WriteB();
        _corpus.Run();
        Assert.Empty(_corpus.Groups(CopyKind.Article));

        _corpus.WriteA2();
        Assert.Equal(1, _corpus.Run().Added);
        Assert.Equal(["a a2"], _corpus.Groups(CopyKind.Article));

        // A second copy, later still, joins the group; the first copy rewritten into another text leaves it.
        _corpus.Write("a3", "2023-03-09", "Third Site", CopiesCorpus.BodyOfA);
        _corpus.Write("a2", "2023-03-03", "Global Echo", CopiesCorpus.BodyOfC);
        _corpus.Run();
        Assert.Equal(["a a3"], _corpus.Groups(CopyKind.Article));

        _corpus.Delete("a3");
        _corpus.Delete("b");
        Assert.Equal(2, _corpus.Run().Removed);
        Assert.Empty(_corpus.Groups(CopyKind.Article));
        Assert.Empty(_corpus.Groups(CopyKind.Comment));
    }

    [Fact]
    public void An_index_updated_step_by_step_has_the_groups_of_one_built_at_once()
    {
        _corpus.WriteA();
        _corpus.Run();
        _corpus.WriteA2();
        _corpus.Run();
        _corpus.WriteB();
        _corpus.Write("c", "2023-03-08", "Baltic Times", CopiesCorpus.BodyOfC);
        _corpus.Run();
        var (articles, comments) = (_corpus.Groups(CopyKind.Article), _corpus.Groups(CopyKind.Comment));
        _corpus.Run(rebuild: true);
        Assert.Equal(articles, _corpus.Groups(CopyKind.Article));
        Assert.Equal(comments, _corpus.Groups(CopyKind.Comment));
        Assert.Equal(["a a2"], articles);
        Assert.Equal(["a/c1 b/c1"], comments);
    }

    [Fact]
    public void The_threshold_is_set_at_index_time_and_kept_by_later_runs()
    {
        _corpus.WriteAll().Run(threshold: 0.95);
        Assert.Empty(_corpus.Groups(CopyKind.Article));
        _corpus.Run();
        using (var index = ArticleIndex.Open(_corpus.Index))
        {
            Assert.Equal(0.95, index.Metadata.CopyThreshold);
        }
        Assert.Empty(_corpus.Groups(CopyKind.Article));
        // Lowered again without reading a file: the signatures are already in the index.
        Assert.Equal(0, _corpus.Run(threshold: 0.5).Added);
        Assert.Equal(["a a2"], _corpus.Groups(CopyKind.Article));
        Assert.Throws<ArgumentOutOfRangeException>(() => _corpus.Run(threshold: 0.2));
    }
}
