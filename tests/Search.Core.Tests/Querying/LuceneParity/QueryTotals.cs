namespace Search.Core.Tests.Querying.LuceneParity;

/// <summary>What both engines answered for one query: its total hit count, -1 for a query refused as bad.</summary>
/// <param name="Query">The query.</param>
/// <param name="Ours">Our engine's total, or -1 when it refused the query.</param>
/// <param name="OurError">Our engine's message when it refused the query: the first thing to read on a difference.</param>
/// <param name="Reference">The Java reference's total, or -1 when its parser refused the query.</param>
internal sealed record QueryTotals(ParityQuery Query, long Ours, string? OurError, long Reference)
{
    public bool Differ => Ours != Reference;

    public override string ToString() =>
        $"{Query.Id}\t{Query.Text}\tours {Ours}{(OurError is null ? "" : $" ({OurError})")}\treference {Reference}";
}
