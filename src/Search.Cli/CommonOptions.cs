using System.CommandLine;

namespace Search.Cli;

/// <summary>Options that several commands share, defined once so their names and help agree everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string?> Corpus() => new("--corpus")
    {
        Description = "Corpus folder of pages (.txt) and articles (.jsonl, .json) [default: ./corpus]",
        HelpName = "DIR",
    };

    public static Option<string?> Index() => new("--index")
    {
        Description = "Index folder [default: .search-index beside the corpus]",
        HelpName = "DIR",
    };

    public static Option<bool> Json(string what) => new("--json") { Description = $"Print {what} as JSON" };

    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Show the full details (stack trace) of an error",
        Recursive = true,
    };
}
