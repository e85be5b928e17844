using System.CommandLine;
using Search.Core.Schema;

namespace Search.Cli;

/// <summary>
/// <c>--scope</c> (or <c>--in</c>) with the dense-thread settings <c>--density</c> and <c>--min-comments</c>: what a
/// query is matched against, the same for every command that takes it.
/// </summary>
internal sealed class ScopeOptions
{
    private readonly Option<string> _scope;
    private readonly Option<double> _density;
    private readonly Option<int> _minComments;

    public ScopeOptions()
    {
        _scope = new Option<string>("--scope", "--in")
        {
            Description = "What the query is matched against: thread (title, body and comments together), body (title and body), " +
                "comments (each comment on its own), dense (comments, in threads where enough of them match); --in all and --in articles still mean thread and body",
            DefaultValueFactory = _ => "thread",
        };
        _scope.Validators.Add(r =>
        {
            if (SearchScopeNames.Parse(r.GetValueOrDefault<string>()) is null)
            {
                r.AddError($"unknown --scope {r.GetValueOrDefault<string>()}: use {string.Join(", ", SearchScopeNames.All)}");
            }
        });
        _density = new Option<double>("--density")
        {
            Description = "With --scope dense: the least share of a thread's comments that match, in percent",
            HelpName = "P",
            DefaultValueFactory = _ => DenseThreads.DefaultPercent,
        };
        _density.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() is < 0 or > 100 or double.NaN)
            {
                r.AddError("--density must be a percentage from 0 to 100");
            }
        });
        _minComments = new Option<int>("--min-comments")
        {
            Description = "With --scope dense: the fewest comments a thread must have",
            HelpName = "N",
            DefaultValueFactory = _ => DenseThreads.DefaultMinComments,
        };
        _minComments.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--min-comments must be 1 or more");
            }
        });
    }

    /// <summary>Adds the three options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_scope);
        command.Options.Add(_density);
        command.Options.Add(_minComments);
    }

    // The option accepts only scope words, so a value always names one.
    public SearchScope Scope(ParseResult parse) => SearchScopeNames.Parse(parse.GetValue(_scope)) ?? SearchScope.Thread;

    public DenseThreads Dense(ParseResult parse) => new(parse.GetValue(_density), parse.GetValue(_minComments));
}
