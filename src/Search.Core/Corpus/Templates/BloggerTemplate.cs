using System.Globalization;
using System.Text.RegularExpressions;

namespace Search.Core.Corpus.Templates;

/// <summary>
/// Blogger posts: the post's date line comes first (<c>Saturday, 1 April 2023</c>), then the title (often repeated),
/// the post, and <c>No comments:</c> or <c>N comments:</c>, after which each comment is introduced by
/// <c>NAME said...</c>.
/// </summary>
internal sealed partial class BloggerTemplate : IPageTemplate
{
    private static readonly string[] DateFormats = ["dddd, d MMMM yyyy", "dddd, MMMM d, yyyy"];

    /// <inheritdoc />
    public string Name => "Blogger";

    /// <inheritdoc />
    public bool Recognises(Page page)
    {
        var first = page.FindLine(l => !string.IsNullOrWhiteSpace(l));
        return first >= 0 && ParseDate(page.Lines[first]) is not null && page.FindLine(IsCommentCount, first) >= 0;
    }

    /// <inheritdoc />
    public Article Read(Page page)
    {
        var dateLine = page.FindLine(l => !string.IsNullOrWhiteSpace(l));
        var count = page.FindLine(IsCommentCount, dateLine);
        var text = TitleAndBody.From(page.Slice(dateLine + 1, count));
        var comments = ReadComments(page.Slice(count + 1, page.Lines.Count));
        return new Article(
            page.Id, text.Title, PageChrome.SourceOf(page.Lines), null, ParseDate(page.Lines[dateLine]), text.Body, comments);
    }

    private static string? ParseDate(string line) =>
        DateTime.TryParseExact(line.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;

    private static bool IsCommentCount(string line) => CommentCount().IsMatch(line.Trim());

    private static IReadOnlyList<Comment> ReadComments(IReadOnlyList<string> lines)
    {
        var thread = new CommentThreadBuilder();
        string? author = null;
        var paragraphs = new List<string>();
        var started = false;
        foreach (var line in lines)
        {
            var said = AuthorSaid().Match(line.Trim());
            if (said.Success)
            {
                if (started)
                {
                    thread.Add(0, author, paragraphs);
                }
                started = true;
                author = CommentAuthorLine.NameOrNull(said.Groups["author"].Value);
                paragraphs.Clear();
            }
            else if (started && !string.IsNullOrWhiteSpace(line) && !IsReplyChrome(line.Trim()))
            {
                paragraphs.Add(line);
            }
        }
        if (started)
        {
            thread.Add(0, author, paragraphs);
        }
        return thread.Comments;
    }

    private static bool IsReplyChrome(string line) => line is "Reply" or "Delete" or "Replies" || line.StartsWith("Post a Comment");

    [GeneratedRegex(@"^(No|\d+) comments?:$")]
    private static partial Regex CommentCount();

    [GeneratedRegex(@"^(?<author>.{1,60}?) said\.\.\.$")]
    private static partial Regex AuthorSaid();
}
