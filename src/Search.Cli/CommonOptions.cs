using System.CommandLine;
using Search.Core.Querying;

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

    /// <summary>--threads N: 0 (the default) means one per core.</summary>
    public static Option<int> Threads(string what)
    {
        var threads = new Option<int>("--threads") { Description = $"{what} [default: one per core]", HelpName = "N" };
        threads.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0)
            {
                r.AddError("--threads must be 0 (one per core) or more");
            }
        });
        return threads;
    }

    public static Option<bool> Quiet(string what) => new("--quiet", "-q") { Description = what };

    public static Option<int> Limit()
    {
        var limit = new Option<int>("--limit", "-n")
        {
            Description = "Hits to show; 0 prints the total only",
            HelpName = "N",
            DefaultValueFactory = _ => 10,
        };
        limit.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0)
            {
                r.AddError("--limit must be 0 or more");
            }
        });
        return limit;
    }

    public static Option<string> Syntax()
    {
        var syntax = new Option<string>("--syntax")
        {
            Description = "The query syntax: default (ours: OR binds loosest) or lucene (Lucene's classic syntax, as Solr and Elasticsearch's query_string read it)",
            DefaultValueFactory = _ => "default",
        };
        syntax.AcceptOnlyFromAmong([.. QuerySyntaxNames.All]);
        return syntax;
    }

    // The option accepts only syntax words, so a value always names one.
    public static QuerySyntax ParseSyntax(string? value) => QuerySyntaxNames.Parse(value) ?? QuerySyntax.Default;

    /// <summary><c>--collapse</c>: count each group of copies once, beside the raw count.</summary>
    public static Option<bool> Collapse() => new("--collapse")
    {
        Description = "Count each group of copies once (its earliest matching member stands for it), beside the raw count; see search dupes",
    };

    /// <summary><c>--no-update</c>: search the index as it is, without checking its corpus for changes.</summary>
    public static Option<bool> NoUpdate() => new("--no-update")
    {
        Description = "Search the index as it is, without checking the corpus for changes first (a folder of 100,000 pages takes a fifth of a second to check)",
    };

    /// <summary><c>--translit</c>: every word and phrase also in the other script and the other romanisations.</summary>
    public static Option<bool> Translit() => new("--translit")
    {
        Description = "Search every word and phrase transliterated, as translit: does: \"Russkiy Mir\" also finds Русский мир and Russkii Mir",
    };

    public static Option<bool> Json(string what) => new("--json") { Description = $"Print {what} as JSON" };

    /// <summary>--pseudonymize, read together with <see cref="Salt"/> by <see cref="Pseudonymization"/>.</summary>
    public static Option<bool> Pseudonymize() => new("--pseudonymize")
    {
        Description = "Replace every commenter name with a salted token (u-...)",
    };

    public static Option<string?> Salt() => new("--salt")
    {
        Description = $"The salt for --pseudonymize [default: ${Pseudonymization.SaltVariable}, else a random salt for this run]",
        HelpName = "TEXT",
    };

    public const string VerboseName = "--verbose";

    // A new instance per command tree: an option remembers every command it was added to.
    public static Option<bool> Verbose() => new(VerboseName)
    {
        Description = "Show the full details (stack trace) of an error",
        Recursive = true,
    };
}
