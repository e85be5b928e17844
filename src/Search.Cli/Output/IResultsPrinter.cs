using Search.Core.Querying;

namespace Search.Cli.Output;

/// <summary>One output format of query results; the query command picks one and knows nothing of the others.</summary>
internal interface IResultsPrinter
{
    void Print(SearchResults results, TextWriter output);
}
