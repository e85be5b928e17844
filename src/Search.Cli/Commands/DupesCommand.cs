using System.CommandLine;
using Search.Cli.Output;
using Search.Core.Copies;

namespace Search.Cli.Commands;

/// <summary>
/// <c>search dupes</c>: the copies in the corpus: articles republished with small changes (near-duplicate bodies)
/// and comments posted more than once, each group with its members earliest first.
/// </summary>
internal static class DupesCommand
{
    public static Command Create(CliConsole console)
    {
        var kind = new Option<string>("--kind") { Description = "Which copies: articles, comments or all", DefaultValueFactory = _ => "all" };
        kind.AcceptOnlyFromAmong([.. DupesNames.Kinds]);
        var minSize = new Option<int>("--min-size") { Description = "The fewest members a group must have to be listed", HelpName = "N", DefaultValueFactory = _ => 2 };
        minSize.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 2)
            {
                r.AddError("--min-size must be 2 or more");
            }
        });
        var format = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "tsv", "jsonl");
        var corpus = CommonOptions.Corpus();
        var noUpdate = CommonOptions.NoUpdate();
        var index = CommonOptions.Index();
        var pseudonymize = CommonOptions.Pseudonymize();
        var salt = CommonOptions.Salt();
        var command = new Command("dupes", "List copies: articles republished with small changes, and comments posted more than once")
        {
            kind, minSize, format, corpus, index, noUpdate, pseudonymize, salt,
        };
        command.SetAction(parse =>
        {
            var pseudonyms = Pseudonymization.Resolve(parse, pseudonymize, salt, console);
            var chosen = DupesNames.ParseKind(parse.GetValue(kind)!);
            using var engine = ConsoleIndexing.OpenUpToDate(parse.GetValue(corpus), parse.GetValue(index), console, parse.GetValue(noUpdate));
            // The TSV has no titles or comment texts: without them no member's stored text is read.
            var report = engine.Dupes(chosen, parse.GetValue(minSize), withText: parse.GetValue(format) != "tsv");
            if (pseudonyms is not null)
            {
                // Commenters are readers; bylines are published names and stay.
                report = report with
                {
                    Clusters = [.. report.Clusters.Select(c => c.Kind == CopyKind.Article ? c : c with
                    {
                        Members = [.. c.Members.Select(m => m with { Author = pseudonyms.Of(m.Author) })],
                    })],
                };
            }
            using var text = new StringWriter();
            switch (parse.GetValue(format))
            {
                case "tsv":
                    DupesTablePrinter.Print(report, text);
                    break;
                case "jsonl":
                    new DupesJsonlPrinter(console.Display(engine.IndexPath), engine.Metadata, pseudonyms is not null).Print(report, text);
                    break;
                default:
                    DupesTextPrinter.Print(report, chosen, text);
                    break;
            }
            console.Out.Write(text.ToString());
            return ExitCode.Success;
        });
        return command;
    }
}
