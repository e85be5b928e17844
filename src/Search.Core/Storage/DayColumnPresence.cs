using Lucene.Net.Util;

namespace Search.Core.Storage;

/// <summary>Which documents of a segment have a day in a <see cref="DayColumn"/>, as Lucene asks when it merges.</summary>
internal sealed class DayColumnPresence(DayColumn column) : IBits
{
    /// <inheritdoc />
    public bool Get(int index) => column.Has(index);

    /// <inheritdoc />
    public int Length => column.Count;
}
