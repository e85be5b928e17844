using System.CommandLine;
using Search.Cli.Commands;
using Search.Core.Errors;

namespace Search.Cli;

/// <summary>The <c>search</c> command line: parses arguments, runs a command, and turns every failure into one message and an exit code.</summary>
internal static class CliApp
{
    public static int Run(string[] args, CliConsole console)
    {
        var parse = Parse(args, console);
        if (parse.Errors.Count > 0)
        {
            // The most specific complaint comes last ("Unrecognized command 'frob'" after "Required command was not provided").
            console.Note(parse.Errors[^1].Message);
            console.Error.WriteLine("Try 'search --help'.");
            return ExitCode.Usage;
        }
        try
        {
            var code = parse.Invoke(new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            });
            console.Out.Flush();
            return code;
        }
        catch (Exception e)
        {
            return Report(e, parse.GetValue<bool>(CommonOptions.VerboseName), console);
        }
    }

    // Every command, by the name that starts its command line.
    private static readonly (string Name, Func<CliConsole, Command> Create)[] Commands =
    [
        ("query", QueryCommand.Create),
        ("batch", BatchCommand.Create),
        ("trend", TrendCommand.Create),
        ("who", WhoCommand.Create),
        ("dupes", DupesCommand.Create),
        ("index", IndexCommand.Create),
        ("show", ShowCommand.Create),
        ("stats", StatsCommand.Create),
        ("export", ExportCommand.Create),
    ];

    /// <summary>Parses a command line against the commands, without running anything.</summary>
    public static ParseResult Parse(string[] args, CliConsole console)
    {
        var root = new RootCommand("Full-text search over news articles and their reader comments.")
        {
            Options = { CommonOptions.Verbose() },
        };
        // A line that starts with a command's name needs only that command: building all nine, with their options,
        // was 0.7 ms of a query's start. Anything else (help, a typo to suggest a name for) gets them all.
        var named = args.Length > 0 ? Array.FindIndex(Commands, c => c.Name == args[0]) : -1;
        foreach (var (_, create) in named >= 0 ? Commands.AsSpan(named, 1) : Commands)
        {
            root.Subcommands.Add(create(console));
        }
        // No response files: "@handle" is a word to search for, not a file of arguments to read.
        return root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
    }

    private static int Report(Exception e, bool verbose, CliConsole console)
    {
        if (e is AggregateException { InnerExceptions.Count: 1 } aggregate)
        {
            e = aggregate.InnerExceptions[0];
        }
        if (IsClosedPipe(e))
        {
            // `search export | head` closing the pipe early is the reader's choice, not a failure (as in ripgrep).
            return ExitCode.Success;
        }
        var (message, code) = e switch
        {
            SearchException s => (s.Message, ExitCode.For(s.Kind)),
            QueryException q => (q.ForUser, ExitCode.Usage),
            UsageException u => (u.Message, ExitCode.Usage),
            OperationCanceledException => ("interrupted; the index is as it was before this run", ExitCode.Interrupted),
            _ => ($"internal error: {e.Message}" + (verbose ? "" : " (run with --verbose for details)"), ExitCode.Internal),
        };
        console.Note(message);
        if (verbose)
        {
            console.Error.WriteLine(e.ToString());
        }
        return code;
    }

    // EPIPE, as .NET reports it on Unix: the IOException's HResult is the errno, whatever language the message is in.
    private const int BrokenPipeErrno = 32;

    private static bool IsClosedPipe(Exception e) => e is IOException { HResult: BrokenPipeErrno };
}
