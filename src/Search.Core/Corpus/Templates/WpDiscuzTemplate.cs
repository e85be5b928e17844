namespace Search.Core.Corpus.Templates;

/// <summary>
/// Pages whose comments come from the wpDiscuz plugin (SouthFront): the thread starts after the
/// <c>Notify of</c> / <c>Newest Most Voted</c> / <c>Inline Feedbacks</c> / <c>View all comments</c> header and ends at
/// <c>Would love your thoughts, please comment.x</c>. Each comment is an author line followed by paragraphs;
/// text after two blank lines with no author line is an anonymous comment.
/// </summary>
internal sealed class WpDiscuzTemplate : IPageTemplate
{
    private static readonly HashSet<string> HeaderLines =
        ["Notify of", "Newest Most Voted", "Inline Feedbacks", "View all comments"];

    private const string Footer = "Would love your thoughts, please comment.x";

    /// <inheritdoc />
    public string Name => "wpDiscuz";

    /// <inheritdoc />
    public bool Recognises(Page page) =>
        page.FindLine(l => l.Trim() == Footer) >= 0 || page.FindLine(l => l.Trim() == "Notify of") >= 0;

    /// <inheritdoc />
    public Article Read(Page page)
    {
        var footer = page.FindLine(l => l.Trim() == Footer);
        var end = footer >= 0 ? footer : page.Lines.Count;
        var headerStart = page.FindLine(IsHeader);
        if (headerStart < 0 || headerStart > end)
        {
            headerStart = end;
        }
        var sectionStart = headerStart;
        while (sectionStart < end && IsHeader(page.Lines[sectionStart]))
        {
            sectionStart++;
        }

        var text = TitleAndBody.From(page.Slice(0, headerStart));
        var comments = ReadComments(page.Slice(sectionStart, end));
        return new Article(page.Id, text.Title, PageChrome.SourceOf(page.Lines), null, null, text.Body, comments);
    }

    private static bool IsHeader(string line) => HeaderLines.Contains(line.Trim());

    private static IReadOnlyList<Comment> ReadComments(IReadOnlyList<string> lines)
    {
        var thread = new CommentThreadBuilder();
        string? author = null;
        var paragraphs = new List<string>();
        var started = false;
        var blankRun = 0;

        void Flush()
        {
            if (started && paragraphs.Count > 0)
            {
                thread.Add(0, author, paragraphs);
            }
            paragraphs.Clear();
            author = null;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line))
            {
                blankRun++;
                continue;
            }
            var startsWithAuthor = CommentAuthorLine.IsAuthor(lines, i);
            if (!started || blankRun >= 2 || (blankRun == 1 && startsWithAuthor))
            {
                Flush();
                started = true;
                if (startsWithAuthor)
                {
                    author = line.Trim();
                    blankRun = 0;
                    continue;
                }
            }
            paragraphs.Add(line);
            blankRun = 0;
        }
        Flush();
        return thread.Comments;
    }
}
