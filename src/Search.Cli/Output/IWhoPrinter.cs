using Search.Core.Who;

namespace Search.Cli.Output;

/// <summary>Writes who says each narrative in one format.</summary>
internal interface IWhoPrinter
{
    void Print(WhoResult result, TextWriter output);
}
