using System.Text.RegularExpressions;

namespace Search.Cli.Tests;

/// <summary><c>search index</c>: the one-line summary of what a run did, and a corpus folder that is not there.</summary>
public sealed partial class IndexCommandTests : IDisposable
{
    private readonly TempCorpus _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void First_index_adds_every_page_and_says_so_in_one_line()
    {
        var run = _workspace.Search("index");

        CliAssert.Succeeded(run);
        var line = Assert.Single(run.OutLines);
        Assert.Matches(Summary(added: 5, updated: 0, removed: 0, unchanged: 5 - 5, articles: 5, comments: 11), line);
    }

    [Fact]
    public void Second_index_finds_every_page_unchanged()
    {
        CliAssert.Succeeded(_workspace.Search("index"));

        var run = _workspace.Search("index");

        CliAssert.Succeeded(run);
        var line = Assert.Single(run.OutLines);
        Assert.Matches(Summary(added: 0, updated: 0, removed: 0, unchanged: 5, articles: 0, comments: 0), line);
    }

    [Fact]
    public void Index_after_a_page_changed_and_one_was_deleted_updates_and_removes_them()
    {
        CliAssert.Succeeded(_workspace.Search("index"));
        var changed = Path.Combine(_workspace.Corpus, "000_2bf88532322e37d8.txt");
        File.AppendAllText(changed, "\n");
        File.SetLastWriteTimeUtc(changed, File.GetLastWriteTimeUtc(changed).AddMinutes(1));
        File.Delete(Path.Combine(_workspace.Corpus, "004_cf40159e0b81012a.txt"));

        var run = _workspace.Search("index");

        CliAssert.Succeeded(run);
        Assert.Matches(Summary(added: 0, updated: 1, removed: 1, unchanged: 3, articles: 1, comments: 2), Assert.Single(run.OutLines));
        Assert.Equal(1, _workspace.Search("show", "004_cf40159e0b81012a").ExitCode);
        Assert.Contains("articles:      4", _workspace.Search("stats").OutLines);
    }

    [Fact]
    public void Index_of_a_missing_corpus_folder_exits_3_and_creates_no_index()
    {
        var missing = _workspace.PathOf("no-such-corpus");

        var run = _workspace.SearchWith("index", "--corpus", missing, "--index", _workspace.Index);

        CliAssert.FailedWith(3, run);
        Assert.Contains("no-such-corpus", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.False(Directory.Exists(_workspace.Index), "a failed run must not leave an index folder behind");
    }

    private static Regex Summary(int added, int updated, int removed, int unchanged, int articles, int comments) => new(
        $@"^indexed: {added} added, {updated} updated, {removed} removed, {unchanged} unchanged; " +
        $@"{articles} articles, {comments} comments; 0 warnings; \d+\.\d\d s$");
}
