using Lucene.Net.Analysis;

namespace Search.Core.Analysis;

/// <summary>
/// The base of the product's text analyzers: typographic quotes are folded before tokenizing (so <c>Russia’s</c>
/// tokenizes exactly like <c>Russia's</c>), and the values of a multi-valued field are kept apart by a position gap
/// so that no phrase matches across two comments or two paragraphs.
/// </summary>
internal abstract class FoldedAnalyzer : Analyzer
{
    private readonly int _positionIncrementGap;

    /// <summary>Creates the analyzer.</summary>
    /// <param name="positionIncrementGap">Empty positions between two values of one field.</param>
    protected FoldedAnalyzer(int positionIncrementGap) => _positionIncrementGap = positionIncrementGap;

    /// <inheritdoc />
    public override int GetPositionIncrementGap(string fieldName) => _positionIncrementGap;

    /// <inheritdoc />
    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new TypographicCharFilter(reader);
}
