using System.Globalization;
using Search.Core.Querying;

namespace Search.Cli.Output;

/// <summary>Results as tab-separated lines, one per hit: rank, id, score, title.</summary>
internal sealed class TsvResultsPrinter : IResultsPrinter
{
    public void Print(SearchResults results, TextWriter output)
    {
        foreach (var hit in results.Hits)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{hit.Rank}\t{Clean(hit.Id)}\t{Math.Round((double)hit.Score, 4)}\t{Clean(hit.Title)}"));
        }
    }

    // A tab or line break inside a field would shift every column after it.
    public static string Clean(string text) => text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
