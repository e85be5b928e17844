using System.Text.Json.Nodes;
using Search.Core.Querying;

namespace Search.Core.Tests.Trends;

/// <summary>
/// Generated articles, some of them undated, indexed once for a test class, with the oracle that reads the same
/// lines. Every 9th article has no <c>published</c>; a quarter of the comments have <c>published: null</c>, so they
/// are counted under their article's day, or as undated where their article has none either.
/// </summary>
public sealed class TrendCorpusIndex : IDisposable
{
    private readonly IndexedJsonLines _corpus = new();

    public TrendCorpusIndex()
    {
        var generated = _corpus.Folder["generated.jsonl"];
        GeneratedCorpus.WriteJsonLines(generated, articles: 400, bodyWords: 120, seed: 29);
        Lines = [.. File.ReadAllLines(generated).Select(WithSomeDatesLeftOut)];
        _corpus.Write("articles.jsonl", Lines);
        var summary = _corpus.RunIndexer();
        if (summary.Warnings.Count > 0)
        {
            throw new InvalidOperationException("the trend corpus indexed with warnings: " + summary.Warnings[0]);
        }
        Engine = _corpus.OpenEngine();
        Oracle = new TrendOracle(Lines);
    }

    /// <summary>The corpus as indexed, one article a line.</summary>
    internal IReadOnlyList<string> Lines { get; }

    public SearchEngine Engine { get; }

    internal TrendOracle Oracle { get; }

    // Article i loses its date when i % 9 == 4; its comment c (from 1) loses its own when (i + c) % 4 == 0. The two
    // rules are independent, so undated articles have both dated and undated comments.
    private static string WithSomeDatesLeftOut(string line, int i)
    {
        var article = JsonNode.Parse(line)!.AsObject();
        if (i % 9 == 4)
        {
            article.Remove("published");
        }
        var comments = article["comments"]!.AsArray();
        for (var c = 1; c <= comments.Count; c++)
        {
            if ((i + c) % 4 == 0)
            {
                comments[c - 1]!["published"] = null;
            }
        }
        return article.ToJsonString();
    }

    public void Dispose()
    {
        Engine.Dispose();
        _corpus.Dispose();
    }
}
