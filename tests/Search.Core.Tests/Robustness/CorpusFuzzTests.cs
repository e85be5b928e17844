using System.Text;
using Search.Core.Indexing;
using Search.Core.Schema;
using Search.Core.Storage;
using Xunit.Abstractions;

namespace Search.Core.Tests.Robustness;

/// <summary>
/// Random and mutated pages and JSON lines beside the good pages: each is read or skipped with a warning, the run never
/// aborts, and every good page is indexed.
/// </summary>
[Trait("Category", "Slow")]
public sealed class CorpusFuzzTests(ITestOutputHelper output) : IDisposable
{
    private const int MutatedPages = 300;
    private const int MutatedJsonFiles = 100;
    private readonly TempFolder _dir = new();
    private readonly Random _random = new(20261126);

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Every_mutated_file_is_read_or_warned_about_and_every_good_page_is_indexed_as_a_clean_run_indexes_it()
    {
        var goodPages = Directory.GetFiles(RepositoryPaths.DefaultCorpus);
        var pages = goodPages.Select(File.ReadAllBytes).ToArray();
        foreach (var file in goodPages)
        {
            File.Copy(file, _dir.Write("corpus/good/" + Path.GetFileName(file), []), overwrite: true);
            // The same pages alone, at the same relative paths (so with the same ids), for the clean run.
            File.Copy(file, _dir.Write("clean/good/" + Path.GetFileName(file), []), overwrite: true);
        }
        var mutated = new List<string>();
        for (var i = 0; i < MutatedPages; i++)
        {
            mutated.Add($"bad/page{i:D3}.txt");
            _dir.Write("corpus/" + mutated[^1], Mutate(pages[_random.Next(pages.Length)]));
        }
        for (var i = 0; i < MutatedJsonFiles; i++)
        {
            mutated.Add($"bad/lines{i:D3}.jsonl");
            _dir.Write("corpus/" + mutated[^1], Encoding.UTF8.GetBytes(JsonLines()));
        }

        CorpusIndexer.Run(new IndexRequest(_dir["clean"], _dir["clean-index"]));
        var summary = CorpusIndexer.Run(new IndexRequest(_dir["corpus"], _dir["index"]));

        output.WriteLine($"{summary.Articles} articles, {summary.Warnings.Count} warnings from {MutatedPages + MutatedJsonFiles} mutated files");
        // The run did not abort: it took in every file the scan found.
        Assert.Equal(goodPages.Length + MutatedPages + MutatedJsonFiles, summary.Added);
        // Mutations this hostile give warnings; none at all would mean they are not reported.
        Assert.NotEmpty(summary.Warnings);
        Assert.All(summary.Warnings, w => Assert.False(string.IsNullOrWhiteSpace(w.Message), $"a warning without a reason: {w}"));

        using var index = ArticleIndex.Open(_dir["index"], IndexSchema.Current);
        var articlesByFile = index.Articles().CountBy(a => a.Path).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        Assert.Equal(summary.Articles, articlesByFile.Values.Sum());
        Assert.Equal(summary.Articles, index.Stats().Articles);
        var warned = summary.Warnings.Select(w => w.Path).ToHashSet(StringComparer.Ordinal);
        // "Read or skipped with a warning": a file neither in the index nor in a warning was dropped silently.
        Assert.All(mutated, file => Assert.True(articlesByFile.ContainsKey(file) || warned.Contains(file),
            $"{file} has no article in the index and no warning"));

        // "Every good page is indexed": as it is when indexed alone, not merely present.
        using var clean = ArticleIndex.Open(_dir["clean-index"], IndexSchema.Current);
        foreach (var file in goodPages)
        {
            var id = "good/" + Path.GetFileNameWithoutExtension(file);
            var expected = clean.Find(id);
            Assert.NotNull(expected);
            Assert.NotEmpty(expected.Article.Body);
            var actual = index.Find(id);
            Assert.NotNull(actual);
            Assert.Equal(expected.Article.Title, actual.Article.Title);
            Assert.Equal(expected.Article.Body, actual.Article.Body);
        }
    }

    private byte[] Mutate(byte[] page)
    {
        var bytes = page.ToList();
        switch (_random.Next(6))
        {
            case 0:
                return [.. bytes.Take(_random.Next(bytes.Count))];
            case 1:
                for (var k = 0; k < 50; k++)
                {
                    bytes[_random.Next(bytes.Count)] = (byte)_random.Next(256);
                }
                return [.. bytes];
            case 2:
                bytes.InsertRange(_random.Next(bytes.Count), new byte[_random.Next(1, 20)]);
                return [.. bytes];
            case 3:
                return [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(page))];
            case 4:
                var random = new byte[_random.Next(0, 5000)];
                _random.NextBytes(random);
                return random;
            default:
                var text = Encoding.UTF8.GetString(page).Split('\n');
                return Encoding.UTF8.GetBytes(string.Join(_random.Next(2) == 0 ? "\r" : "\n\n\n\n", text.OrderBy(_ => _random.Next())));
        }
    }

    private string JsonLines()
    {
        var lines = new StringBuilder();
        for (var i = 0; i < _random.Next(1, 30); i++)
        {
            lines.Append(_random.Next(9) switch
            {
                0 => "{\"id\": \"x\", \"body\": \"cut off",
                1 => "{\"id\": 5, \"title\": {\"nested\": true}}",
                2 => "{\"body\": \"" + new string('w', _random.Next(10_000, 200_000)) + "\"}",
                3 => new string('[', 10_000) + new string(']', 10_000),
                4 => "{\"body\": \"nul\u0000inside\", \"comments\": [{\"body\": \"\u0000\"}]}",
                5 => "{\"body\": \"ok\", \"comments\": [{\"id\": \"c1\", \"parent\": \"c1\", \"body\": \"self\"}, 7, null]}",
                6 => "{\"title\": \"t\", \"comments\": " + ReplyChainJson.Comments(_random.Next(100, 3000)) + "}",
                7 => "\u0000\u0001\u0002",
                _ => "{\"id\": \"" + i + "\", \"title\": \"fine " + i + "\", \"published\": \"" + (_random.Next(2) == 0 ? "2023-02-30" : "yesterday") + "\"}",
            }).Append('\n');
        }
        return lines.ToString();
    }
}
