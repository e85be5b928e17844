using Lucene.Net.Search;

namespace Search.Core.Querying;

/// <summary>The document a <see cref="WindowedDisjunctionScorer"/> hands its collector, with its score: it cannot move.</summary>
internal sealed class WindowHit() : Scorer(null)
{
    private int _doc = -1;
    private float _score;
    private int _freq;

    public override int DocID => _doc;

    public override int Freq => _freq;

    public void Set(int doc, float score, int freq) => (_doc, _score, _freq) = (doc, score, freq);

    public override float GetScore() => _score;

    public override int NextDoc() => throw new NotSupportedException("a window's hit cannot move");

    public override int Advance(int target) => throw new NotSupportedException("a window's hit cannot move");

    public override long GetCost() => 1;
}
