namespace Search.Core.Corpus;

/// <summary>
/// One article as the product understands it, whatever it was read from: a scraped page or a JSON record.
/// </summary>
/// <param name="Id">Stable identifier: the page's file name without extension, or the JSON record's <c>id</c>.</param>
/// <param name="Title">The headline, free of page chrome.</param>
/// <param name="Source">The site that published it, where the page names one.</param>
/// <param name="Url">The address it was scraped from, where known.</param>
/// <param name="Published">Publication date or time in ISO 8601, where the page shows one.</param>
/// <param name="Body">The article text: paragraphs separated by a blank line.</param>
/// <param name="Comments">The reader-comment thread in page order; replies follow the comment they answer.</param>
/// <param name="Author">The article's byline as the page or record gives it, where it gives one.</param>
public sealed record Article(
    string Id,
    string Title,
    string? Source,
    string? Url,
    string? Published,
    string Body,
    IReadOnlyList<Comment> Comments,
    string? Author = null)
{
    /// <summary>The body split into its paragraphs, blank ones dropped.</summary>
    public IEnumerable<string> Paragraphs =>
        Body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
