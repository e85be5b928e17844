using Search.Core.Who;

namespace Search.Core.Tests.Who;

/// <summary>
/// A group is shown as spelled on its first match for the narrative counted: the same commenter may be shown one way
/// for one narrative and another way for the next, and a narrative gets the same rows whether it is counted alone or
/// with others.
/// </summary>
public sealed class WhoGroupNameTests : IDisposable
{
    private readonly IndexedJsonLines _corpus = new();

    public WhoGroupNameTests()
    {
        _corpus.Write("a.jsonl",
            """{"id": "a1", "title": "Port news", "published": "2023-01-05", "body": "Ships came in.", "comments": [{"id": "c1", "author": "Ann Lee", "published": "2023-01-06", "body": "The river rose."}, {"id": "c2", "author": "ANN  LEE", "published": "2023-01-07", "body": "The harbour closed."}]}""");
        _corpus.RunIndexer();
    }

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public void Each_narrative_shows_a_commenter_as_spelled_on_its_own_first_match()
    {
        using var engine = _corpus.OpenEngine();
        var request = new WhoRequest([new("river", "river", 1), new("harbour", "harbour", 2)]);

        var together = WhoCounter.Count(engine, request);
        var alone = WhoCounter.Count(engine, request with { Narratives = [new("harbour", "harbour", 2)] });

        // River is said in c1, as Ann Lee; harbour in c2, as ANN  LEE.
        Assert.Equal(["Ann Lee", "ANN  LEE"], together.Narratives.Select(n => Assert.Single(n.Rows).Group));
        Assert.Equal(Assert.Single(alone.Narratives).Rows, together.Narratives[1].Rows);
    }
}
