using System.Globalization;
using System.Text.Json.Nodes;
using Search.Core.Tests.Trends;

namespace Search.Core.Tests.Who;

/// <summary>An article as the who oracle reads it from its JSON line: what it is grouped by, and its texts.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Source">Its site as written, or null.</param>
/// <param name="Byline">Its author as written, or null.</param>
/// <param name="Published">Its date as written, or null.</param>
/// <param name="Text">Its own text and its comments', as the trend oracle matches them.</param>
/// <param name="Comments">Its comments, in thread order.</param>
internal sealed record WhoArticle(string Id, string? Source, string? Byline, string? Published, OracleArticle Text, IReadOnlyList<WhoComment> Comments)
{
    /// <summary>Reads one line of a JSON Lines corpus.</summary>
    public static WhoArticle Read(string line)
    {
        var article = JsonNode.Parse(line)!.AsObject();
        var published = (string?)article["published"];
        var own = new DatedText(Day(published), [AnalyzedParagraph.Of((string)article["title"]!), .. Paragraphs(article["body"])]);
        var comments = (article["comments"]?.AsArray() ?? []).Select((c, i) =>
        {
            // A comment without a date of its own is counted, and ordered, under its article's.
            var stored = (string?)c!["published"] ?? published;
            return new WhoComment((string)c["id"]!, i, (string?)c["author"], stored, new DatedText(Day(stored), Paragraphs(c["body"])));
        }).ToList();
        return new WhoArticle((string)article["id"]!, (string?)article["source"], (string?)article["author"], published,
            new OracleArticle(own, [.. comments.Select(c => c.Text)]), comments);
    }

    // The first ten characters of an ISO date or date-time; the corpus writes times in UTC, so that is the day.
    private static DateOnly? Day(string? published) =>
        published is null ? null : DateOnly.ParseExact(published[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Paragraphs are separated by a blank line; blank ones are not paragraphs.
    private static List<AnalyzedParagraph> Paragraphs(JsonNode? body) =>
        [.. ((string?)body ?? "").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(AnalyzedParagraph.Of)];
}
