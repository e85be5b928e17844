using System.CommandLine;
using Search.Core.Batch;
using Search.Core.Trends;

namespace Search.Cli;

/// <summary>
/// What the analyses (<c>trend</c>, <c>who</c>) count: one query or a narratives file, between <c>--from</c> and
/// <c>--to</c>; read the same way by each.
/// </summary>
internal sealed class NarrativeOptions
{
    private readonly Argument<string[]> _query = new("QUERY")
    {
        Description = "The query of one narrative; several words are joined with spaces (or give --narratives)",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string?> _narratives = new("--narratives")
    {
        Description = "Narratives, one per line, as batch reads them: a query, id<TAB>query, or {\"id\", \"query\", \"in\"}; - for stdin",
        HelpName = "FILE",
    };

    private readonly Option<string?> _from = new("--from") { Description = "The first day counted: 2023, 2023-04 or 2023-04-01 [default: the first date in the index]", HelpName = "DATE" };

    private readonly Option<string?> _to = new("--to") { Description = "The last day counted: 2023, 2023-04 or 2023-04-30 [default: the last date in the index]", HelpName = "DATE" };

    /// <summary>Adds the query argument and the options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Arguments.Add(_query);
        command.Options.Add(_narratives);
        command.Options.Add(_from);
        command.Options.Add(_to);
    }

    /// <summary>Refuses a command line with neither a query nor a file, or both; checked before the index is opened.</summary>
    public void Check(ParseResult parse)
    {
        var words = parse.GetValue(_query) ?? [];
        if (words.Length > 0 == parse.GetValue(_narratives) is not null)
        {
            throw new UsageException(words.Length == 0
                ? $"{parse.CommandResult.Command.Name} needs a query, or a narratives file (--narratives FILE)"
                : "give either a query or --narratives FILE, not both");
        }
    }

    /// <summary>The narratives: the query as one, or the file's lines.</summary>
    public List<BatchQuery> Read(ParseResult parse, CliConsole console)
    {
        Check(parse);
        if (parse.GetValue(_narratives) is not { } file)
        {
            var text = string.Join(' ', parse.GetValue(_query)!);
            return [new BatchQuery(text, text, 1)];
        }
        try
        {
            if (file == "-")
            {
                return [.. BatchInputReader.Read(console.Input)];
            }
            using var reader = new StreamReader(Path.GetFullPath(file, console.WorkingDirectory));
            return [.. BatchInputReader.Read(reader)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read the narratives file {file}: {e.Message}");
        }
    }

    /// <summary>The first and last day counted, each null when not given.</summary>
    /// <exception cref="UsageException">A bound that is not a date, or the first after the last.</exception>
    public (DateOnly? From, DateOnly? To) Days(ParseResult parse)
    {
        var from = Bound(parse.GetValue(_from), "--from", end: false);
        var to = Bound(parse.GetValue(_to), "--to", end: true);
        if (from > to)
        {
            throw new UsageException($"--from {parse.GetValue(_from)} is after --to {parse.GetValue(_to)}");
        }
        return (from, to);
    }

    private static DateOnly? Bound(string? text, string option, bool end)
    {
        if (text is null)
        {
            return null;
        }
        return TrendDate.TryParse(text, end, out var day)
            ? day
            : throw new UsageException($"{option} {text} is not a date: use a year, a month or a day (2023, 2023-04, 2023-04-01)");
    }
}
