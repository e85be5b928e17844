using System.Globalization;
using Search.Core.Batch;

namespace Search.Cli.Output;

/// <summary>
/// Tab-separated lines under a header: <c>query_id rank article_id score</c>, one per hit; with <c>--limit 0</c>,
/// <c>query_id total</c>, one per query. With <c>--collapse</c> a last column: <c>copies</c> (how many matching copies
/// a hit stands for) or <c>total_collapsed</c>. Failed queries have no lines here (their errors go to stderr).
/// </summary>
internal sealed class TsvBatchPrinter(bool totalsOnly, bool collapsed) : IBatchPrinter
{
    public void Begin(TextWriter output) => output.WriteLine(
        (totalsOnly ? "query_id\ttotal" : "query_id\trank\tarticle_id\tscore") + (collapsed ? totalsOnly ? "\ttotal_collapsed" : "\tcopies" : ""));

    public void Print(BatchResult result, TextWriter output)
    {
        var id = TsvResultsPrinter.Clean(result.Query.Id);
        if (result.Results is not { } results)
        {
            return;
        }
        if (totalsOnly)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{id}\t{results.Total}{(collapsed ? $"\t{results.TotalCollapsed}" : "")}"));
            return;
        }
        foreach (var hit in results.Hits)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{id}\t{hit.Rank}\t{TsvResultsPrinter.Clean(hit.Id)}\t{Math.Round((double)hit.Score, 4)}{(collapsed ? $"\t{hit.Copies}" : "")}"));
        }
    }
}
