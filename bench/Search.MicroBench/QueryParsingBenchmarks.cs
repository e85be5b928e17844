using BenchmarkDotNet.Attributes;
using Search.Core.Querying.Syntax;

namespace Search.MicroBench;

/// <summary>Parsing the query syntax, once per search, for each shape of query users type.</summary>
[MemoryDiagnoser]
public class QueryParsingBenchmarks
{
    [Benchmark]
    [Arguments("sanctions")]
    [Arguments("russian sanctions")]
    [Arguments("\"multipolar world\"")]
    [Arguments("title:sanctions")]
    [Arguments("(eu OR nato) NOT war")]
    [Arguments("multi*")]
    public object Parse(string query) => QueryParser.Parse(query);
}
