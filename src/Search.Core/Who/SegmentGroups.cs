namespace Search.Core.Who;

/// <summary>One segment's part of <see cref="GroupColumns"/>: for the loops over every document, without a lookup per segment.</summary>
/// <param name="Column">Per document, its key's index in the segment plus one; 0 for none.</param>
/// <param name="ToGlobal">Per key of the segment, its group number.</param>
internal readonly record struct SegmentGroups(int[] Column, int[] ToGlobal)
{
    /// <summary>A document's group number, or -1 for a document without the field.</summary>
    public int Of(int doc) => Column[doc] is var local and > 0 ? ToGlobal[local - 1] : -1;
}
