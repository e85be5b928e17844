using System.CommandLine;
using Search.Cli.Output;
using Search.Core.Privacy;
using Search.Core.Trends;
using Search.Core.Who;

namespace Search.Cli.Commands;

/// <summary>
/// <c>search who</c>: who says a narrative, and where: per commenter, site, byline or thread, the matching comments
/// or articles beside all of that group's, with the first and last time it was said.
/// </summary>
internal static class WhoCommand
{
    public static Command Create(CliConsole console)
    {
        var narratives = new NarrativeOptions();
        var by = new Option<string>("--by")
        {
            Description = $"What to group by: {string.Join(", ", WhoNames.GroupBys)}",
            DefaultValueFactory = _ => "commenter",
        };
        by.Validators.Add(r =>
        {
            if (WhoNames.ParseGroupBy(r.GetValueOrDefault<string>()) is null)
            {
                r.AddError($"unknown --by {r.GetValueOrDefault<string>()}: use {string.Join(", ", WhoNames.GroupBys)}");
            }
        });
        var unit = new Option<string?>("--unit")
        {
            Description = "What to count: articles or comments [default: comments by commenter and article, articles by source and author]",
            HelpName = "UNIT",
        };
        unit.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } word && TrendNames.ParseUnit(word) is not (TrendUnit.Articles or TrendUnit.Comments))
            {
                r.AddError($"unknown --unit {word}: use articles or comments");
            }
        });
        var top = new Option<int>("--top") { Description = "How many groups to show per narrative, best first; 0 for all", HelpName = "N", DefaultValueFactory = _ => 20 };
        top.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0)
            {
                r.AddError("--top must be 0 (all) or more");
            }
        });
        var min = new Option<int>("--min") { Description = "The fewest matches a group must have to be shown", HelpName = "N", DefaultValueFactory = _ => 1 };
        min.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--min must be 1 or more");
            }
        });
        var byPeriod = new Option<string?>("--by-period") { Description = $"Also split each group by period: {string.Join(", ", TrendNames.Periods)}", HelpName = "PERIOD" };
        byPeriod.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } word && TrendNames.ParsePeriod(word) is null)
            {
                r.AddError($"unknown --by-period {word}: use {string.Join(", ", TrendNames.Periods)}");
            }
        });
        var scope = new ScopeOptions();
        var syntax = CommonOptions.Syntax();
        var format = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "tsv", "csv", "jsonl");
        var threads = CommonOptions.Threads("Narratives counted at once");
        var corpus = CommonOptions.Corpus();
        var noUpdate = CommonOptions.NoUpdate();
        var index = CommonOptions.Index();
        var pseudonymize = CommonOptions.Pseudonymize();
        var salt = CommonOptions.Salt();
        var collapse = CommonOptions.Collapse();
        var translit = CommonOptions.Translit();
        var command = new Command("who", "Who says it, and where: matching comments per commenter, articles per site or byline, comments per thread, out of all of theirs")
        {
            by, unit, top, min, byPeriod, syntax, format, threads, collapse, translit, corpus, index, noUpdate, pseudonymize, salt,
        };
        narratives.AddTo(command);
        scope.AddTo(command);
        command.SetAction(parse =>
        {
            narratives.Check(parse);
            var pseudonyms = Pseudonymization.Resolve(parse, pseudonymize, salt, console);
            var (from, to) = narratives.Days(parse);
            var request = new WhoRequest(
                narratives.Read(parse, console),
                WhoNames.ParseGroupBy(parse.GetValue(by)) ?? WhoGroupBy.Commenter,
                parse.GetValue(unit) is { } u ? TrendNames.ParseUnit(u) : null,
                parse.GetValue(top),
                parse.GetValue(min),
                from,
                to,
                parse.GetValue(byPeriod) is { } p ? TrendNames.ParsePeriod(p) : null,
                scope.Scope(parse),
                CommonOptions.ParseSyntax(parse.GetValue(syntax)))
            {
                Dense = scope.Dense(parse),
                Collapse = parse.GetValue(collapse),
                Translit = parse.GetValue(translit),
            };
            if (WhoCounter.Refusal(request) is { } refusal)
            {
                throw new UsageException(refusal);
            }
            using var engine = ConsoleIndexing.OpenUpToDate(parse.GetValue(corpus), parse.GetValue(index), console, parse.GetValue(noUpdate));
            var result = Pseudonymous(pseudonyms, WhoCounter.Count(engine, request, parse.GetValue(threads)));
            var chosen = parse.GetValue(format);
            IWhoPrinter printer = chosen switch
            {
                "tsv" => new WhoTablePrinter('\t'),
                "csv" => new WhoTablePrinter(','),
                "jsonl" => new WhoJsonlPrinter(console.Display(engine.IndexPath), engine.Metadata, pseudonymized: pseudonyms is not null),
                _ => new WhoTextPrinter(),
            };
            var failed = NarrativeNotes.Report(console, result.Notes,
                result.Narratives.Select(n => (n.Query.Id, n.Notes, n.Error)), errorsHere: chosen is "tsv" or "csv");
            using var table = new StringWriter();
            printer.Print(result, table);
            console.Out.Write(table.ToString());
            return failed > 0 ? ExitCode.Usage : ExitCode.Success;
        });
        return command;
    }

    // Commenters become tokens before any printer sees them; the group of no name stays (anonymous), and sites and
    // bylines are published names, not readers'.
    private static WhoResult Pseudonymous(Pseudonyms? pseudonyms, WhoResult result) =>
        pseudonyms is null || result.Request.By != WhoGroupBy.Commenter
            ? result
            : result with
            {
                Narratives = [.. result.Narratives.Select(n => n with
                {
                    Rows = [.. n.Rows.Select(r => r.Unnamed ? r : r with { Group = pseudonyms.Of(r.Group) ?? r.Group })],
                })],
            };
}
