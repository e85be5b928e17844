using System.CommandLine;
using Search.Cli.Output;
using Search.Core.Storage;

namespace Search.Cli.Commands;

/// <summary><c>search stats</c>: what the index holds.</summary>
internal static class StatsCommand
{
    public static Command Create(CliConsole console)
    {
        var corpus = CommonOptions.Corpus();
        var index = CommonOptions.Index();
        var json = CommonOptions.Json("the statistics");
        var check = new Option<bool>("--check") { Description = "Also verify the checksum of every index file (reads the whole index)" };
        var command = new Command("stats", "Show what the index holds: articles, comments, size, schema, corpus, last indexed")
        {
            corpus, index, json, check,
        };
        command.SetAction(parse =>
        {
            var location = IndexLocation.Resolve(parse.GetValue(corpus), parse.GetValue(index));
            using var articles = ArticleIndex.Open(location.Index);
            if (parse.GetValue(check))
            {
                articles.CheckIntegrity();
            }
            var stats = articles.Stats();
            if (parse.GetValue(json))
            {
                StatsPrinter.PrintJson(console, stats);
            }
            else
            {
                StatsPrinter.PrintText(console, stats);
            }
            return ExitCode.Success;
        });
        return command;
    }
}
