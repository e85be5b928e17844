using Search.Core.Trends;

namespace Search.Cli.Output;

/// <summary>Writes a trend in one output format.</summary>
internal interface ITrendPrinter
{
    /// <summary>Writes the whole table.</summary>
    void Print(TrendResult result, TextWriter output);
}
