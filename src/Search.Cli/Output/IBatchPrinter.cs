using Search.Core.Batch;

namespace Search.Cli.Output;

/// <summary>One output format of <c>search batch</c>: a header if it has one, then each result as it comes, in input order.</summary>
internal interface IBatchPrinter
{
    void Begin(TextWriter output);

    void Print(BatchResult result, TextWriter output);
}
