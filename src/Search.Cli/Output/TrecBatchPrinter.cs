using System.Globalization;
using Search.Core.Batch;

namespace Search.Cli.Output;

/// <summary>A TREC run, ready for trec_eval: <c>qid Q0 docid rank score runtag</c>, one line per hit.</summary>
internal sealed class TrecBatchPrinter(string runTag) : IBatchPrinter
{
    public void Begin(TextWriter output)
    {
    }

    public void Print(BatchResult result, TextWriter output)
    {
        foreach (var hit in result.Results?.Hits ?? [])
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Token(result.Query.Id)} Q0 {Token(hit.Id)} {hit.Rank} {hit.Score:0.######} {runTag}"));
        }
    }

    // The format is split on white space: a space inside an id would shift every column after it.
    private static string Token(string text) => string.Join('_', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
