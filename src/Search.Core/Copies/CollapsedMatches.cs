using Lucene.Net.Util;

namespace Search.Core.Copies;

/// <summary>
/// A query's matches with each group of copies taken once: the matching copies to leave out, so that every group
/// counts once, under its earliest matching member, which stands for the others.
/// </summary>
/// <param name="Hidden">Per segment (by ordinal), the matching members that are not their group's first match; segments with none are absent.</param>
/// <param name="HiddenCount">How many matches are left out.</param>
/// <param name="CopiesOf">For each standing member (index-wide document number): how many matching copies it stands for.</param>
internal sealed record CollapsedMatches(IReadOnlyDictionary<int, FixedBitSet> Hidden, long HiddenCount, IReadOnlyDictionary<int, int> CopiesOf)
{
    /// <summary>Nothing left out.</summary>
    public static CollapsedMatches None { get; } = new(new Dictionary<int, FixedBitSet>(), 0, new Dictionary<int, int>());

    /// <summary>Matched documents of one segment less the hidden ones (a new set; the matches are not changed).</summary>
    /// <param name="segment">The segment's ordinal.</param>
    /// <param name="matched">Its matched documents.</param>
    public FixedBitSet Without(int segment, FixedBitSet matched)
    {
        ArgumentNullException.ThrowIfNull(matched);
        var kept = matched.Clone();
        if (Hidden.TryGetValue(segment, out var hidden))
        {
            kept.AndNot(hidden);
        }
        return kept;
    }
}
