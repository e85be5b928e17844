using System.Globalization;
using Search.Core.Querying;
using Search.Core.Schema;
using Search.Core.Snippets;

namespace Search.Cli.Output;

/// <summary>
/// Results for reading: a count, then per hit its rank and title, source, date, id and file, and one line per match
/// (title, body, or which reader's comment) with the matched words highlighted in color when color is on.
/// </summary>
internal sealed class TextResultsPrinter(PathDisplay paths, bool color, SearchRequest request) : IResultsPrinter
{
    // Bold yellow: readable on dark and light terminals alike.
    private const string HighlightOn = "\u001b[1;33m";
    private const string Bold = "\u001b[1m";
    private const string Dim = "\u001b[2m";
    private const string Reset = "\u001b[0m";

    public void Print(SearchResults results, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        if (results.Total == 0)
        {
            output.WriteLine($"No articles match {results.Query}.");
            if (results.Suggestions.Count > 0)
            {
                output.WriteLine($"Did you mean: {string.Join(", ", results.Suggestions.Select(s => s.Suggestion))}?");
            }
            return;
        }
        var articles = results.Total == 1 ? "1 article matches" : $"{results.Total.ToString("N0", inv)} articles match";
        var once = results.TotalCollapsed is { } collapsed ? $" ({collapsed.ToString("N0", inv)} with copies counted once)" : "";
        output.WriteLine(articles + once + ScopeSaid(results) + ".");
        foreach (var hit in results.Hits)
        {
            output.WriteLine();
            output.WriteLine($"{hit.Rank}. {Styled(hit.Title, Bold)}");
            var about = new[] { hit.Source, hit.Published, hit.Id, paths.Of(hit), "score " + hit.Score.ToString("0.00", inv), Thread(hit.Thread) }
                .Where(s => !string.IsNullOrEmpty(s));
            output.WriteLine($"   {Styled(string.Join(" · ", about), Dim)}");
            foreach (var match in hit.Matches)
            {
                output.WriteLine($"   {Label(match)}: {Highlighted(match.Snippet)}");
            }
            if (hit.MoreComments > 0)
            {
                output.WriteLine($"   +{hit.MoreComments} more comment{(hit.MoreComments == 1 ? "" : "s")}");
            }
            if (hit.Copies > 0)
            {
                output.WriteLine($"   +{hit.Copies} cop{(hit.Copies == 1 ? "y" : "ies")} (search show {hit.Id} lists {(hit.Copies == 1 ? "it" : "them")})");
            }
            if (hit.Explanation is not null)
            {
                output.WriteLine("   why this score:");
                foreach (var line in hit.Explanation.TrimEnd().Split('\n'))
                {
                    output.WriteLine("     " + line);
                }
            }
        }
        var shown = results.Hits.Count;
        var offset = request.Offset;
        var pages = results.TotalCollapsed ?? results.Total;
        if (shown > 0 && offset + shown < pages)
        {
            output.WriteLine();
            output.WriteLine(string.Create(inv,
                $"Showing {offset + 1}-{offset + shown} of {pages:N0}; the next page: --offset {offset + shown}"));
        }
    }

    // What the comment-by-comment scopes counted, said after the article count.
    private string ScopeSaid(SearchResults results)
    {
        var n = results.Comments ?? 0;
        var once = results.CommentsCollapsed is { } c ? string.Create(CultureInfo.InvariantCulture, $" ({c:N0} with pasted copies counted once)") : "";
        var comments = string.Create(CultureInfo.InvariantCulture, $"{n:N0} comment{(n == 1 ? " that matches on its own" : "s that match on their own")}{once}");
        return request.Scope switch
        {
            SearchScope.Comments => $", by {comments}",
            SearchScope.Dense => string.Create(CultureInfo.InvariantCulture,
                $" in dense threads (at least {request.Dense.Percent:0.##}% of at least {request.Dense.MinComments} comments), by {comments}"),
            SearchScope.Body => " in title or body",
            _ => "",
        };
    }

    private static string? Thread(HitThread? thread) => thread switch
    {
        null => null,
        { Comments: 0 } => "no comments",
        _ => $"{thread.Matching} of {thread.Comments} comment{(thread.Comments == 1 ? "" : "s")} match",
    };

    private static string Label(HitMatch match) => match.In switch
    {
        MatchLocation.Title => "title",
        MatchLocation.Body => "body",
        _ => $"comment {match.CommentId} by {match.Author ?? "anonymous"}",
    };

    private string Styled(string text, string style) => color ? style + text + Reset : text;

    private string Highlighted(Snippet snippet) =>
        color ? snippet.Marked(HighlightOn, Reset) : snippet.Text;
}
