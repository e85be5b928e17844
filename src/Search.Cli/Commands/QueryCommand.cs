using System.CommandLine;
using Search.Cli.Output;
using Search.Core.Querying;

namespace Search.Cli.Commands;

/// <summary><c>search query</c>: the articles that match a query, best first, with where and how they match.</summary>
internal static class QueryCommand
{
    public static Command Create(CliConsole console)
    {
        var query = new Argument<string[]>("QUERY")
        {
            Description = "The query; several words are joined with spaces. Quote a phrase inside shell quotes: '\"multipolar world\"'",
            Arity = ArgumentArity.OneOrMore,
        };
        var corpus = CommonOptions.Corpus();
        var noUpdate = CommonOptions.NoUpdate();
        var index = CommonOptions.Index();
        var limit = CommonOptions.Limit();
        var offset = new Option<int>("--offset") { Description = "Skip this many of the best hits (the next page)", HelpName = "N" };
        offset.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0)
            {
                r.AddError("--offset must be 0 or more");
            }
        });
        var scope = new ScopeOptions();
        var syntax = CommonOptions.Syntax();
        var json = CommonOptions.Json("the results");
        var format = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "tsv");
        var color = new Option<string>("--color") { Description = "Highlight in color", DefaultValueFactory = _ => "auto" };
        color.AcceptOnlyFromAmong("auto", "always", "never");
        var explain = new Option<bool>("--explain") { Description = "Show why each hit scored what it did" };
        var pseudonymize = CommonOptions.Pseudonymize();
        var salt = CommonOptions.Salt();
        var collapse = CommonOptions.Collapse();
        var translit = CommonOptions.Translit();
        var command = new Command("query", "Search the index: matching articles, best first, with highlighted snippets from the title, body and comments")
        {
            query, corpus, index, noUpdate, limit, offset, syntax, json, format, color, explain, collapse, translit, pseudonymize, salt,
        };
        scope.AddTo(command);
        command.SetAction(parse =>
        {
            var pseudonyms = Pseudonymization.Resolve(parse, pseudonymize, salt, console);
            using var engine = ConsoleIndexing.OpenUpToDate(parse.GetValue(corpus), parse.GetValue(index), console, parse.GetValue(noUpdate));
            var request = new SearchRequest(
                string.Join(' ', parse.GetValue(query)!),
                Limit: parse.GetValue(limit),
                Offset: parse.GetValue(offset),
                Scope: scope.Scope(parse),
                Explain: parse.GetValue(explain),
                Syntax: CommonOptions.ParseSyntax(parse.GetValue(syntax)),
                Dense: scope.Dense(parse))
            {
                Collapse = parse.GetValue(collapse),
                Translit = parse.GetValue(translit),
            };
            var results = PseudonymousResults.Apply(pseudonyms, engine.Search(request));
            foreach (var note in results.Notes)
            {
                console.Note("note: " + note);
            }
            var paths = new PathDisplay(console, engine.Metadata.Corpus);
            var chosen = parse.GetValue(json) ? "json" : parse.GetValue(format);
            IResultsPrinter printer = chosen switch
            {
                "json" => new JsonResultsPrinter(paths),
                "tsv" => new TsvResultsPrinter(),
                _ => new TextResultsPrinter(paths, UseColor(parse.GetValue(color), console), request),
            };
            printer.Print(results, console.Out);
            if (chosen != "text" && results.Suggestions.Count > 0)
            {
                console.Note($"did you mean: {string.Join(", ", results.Suggestions.Select(s => s.Suggestion))}?");
            }
            return results.Total > 0 ? ExitCode.Success : ExitCode.NotFound;
        });
        return command;
    }

    private static bool UseColor(string? mode, CliConsole console) => mode switch
    {
        "always" => true,
        "never" => false,
        _ => console.OutIsTerminal && !console.NoColor,
    };
}
