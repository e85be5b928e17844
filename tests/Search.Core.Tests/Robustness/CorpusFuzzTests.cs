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
    public void Mutated_files_are_read_or_warned_about_and_the_good_ones_all_indexed()
    {
        var pages = Directory.GetFiles(RepositoryPaths.DefaultCorpus).Select(File.ReadAllBytes).ToArray();
        foreach (var file in Directory.GetFiles(RepositoryPaths.DefaultCorpus))
        {
            File.Copy(file, _dir.Write("corpus/good/" + Path.GetFileName(file), []), overwrite: true);
        }
        for (var i = 0; i < MutatedPages; i++)
        {
            _dir.Write($"corpus/bad/page{i:D3}.txt", Mutate(pages[_random.Next(pages.Length)]));
        }
        for (var i = 0; i < MutatedJsonFiles; i++)
        {
            _dir.Write($"corpus/bad/lines{i:D3}.jsonl", Encoding.UTF8.GetBytes(JsonLines()));
        }

        var summary = CorpusIndexer.Run(new IndexRequest(_dir["corpus"], _dir["index"]));

        output.WriteLine($"{summary.Articles} articles, {summary.Warnings.Count} warnings from {MutatedPages + MutatedJsonFiles} mutated files");
        Assert.Equal(5 + MutatedPages + MutatedJsonFiles, summary.Added);
        using var index = ArticleIndex.Open(_dir["index"], IndexSchema.Current);
        foreach (var file in Directory.GetFiles(RepositoryPaths.DefaultCorpus))
        {
            var id = "good/" + Path.GetFileNameWithoutExtension(file);
            Assert.NotNull(index.Find(id));
        }
        Assert.Equal(summary.Articles, index.Stats().Articles);
        Assert.All(summary.Warnings, w => Assert.False(string.IsNullOrWhiteSpace(w.Message)));
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
