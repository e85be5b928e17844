namespace Search.Core.Copies;

/// <summary>One group of copies as the index holds it: its documents, earliest first.</summary>
/// <param name="Kind">Articles or comments.</param>
/// <param name="Docs">The members' documents (index-wide numbers), earliest first (<see cref="MemberOrder"/>).</param>
/// <param name="Similarities">Each member's estimated similarity to the first (1 for the first itself, and for comments).</param>
internal sealed record CopyGroup(CopyKind Kind, int[] Docs, double[] Similarities);
