namespace Search.Core.Corpus.Templates;

/// <summary>
/// A plain page, no site furniture around it: the first line is the title, the article follows, and the page
/// ends with its comments as an indented numbered list after a run of blank lines.
/// </summary>
internal sealed class PlainNumberedCommentsTemplate : IPageTemplate
{
    // Paragraph breaks inside an article are one or two blank lines; the comment list sits further down.
    private const int MinBlankRun = 3;

    /// <inheritdoc />
    public string Name => "plain page with numbered comments";

    /// <inheritdoc />
    public bool Recognises(Page page) => CommentListStart(page) >= 0;

    /// <inheritdoc />
    public Article Read(Page page)
    {
        var start = CommentListStart(page);
        var text = TitleAndBody.From(page.Slice(0, start));
        var comments = NumberedCommentList.Parse(page.Slice(start, page.Lines.Count));
        return new Article(page.Id, text.Title, PageChrome.SourceOf(page.Lines), null, null, text.Body, comments);
    }

    // The first line of the list, when everything after the page's last long blank run is a numbered list.
    private static int CommentListStart(Page page)
    {
        var lines = page.Lines;
        var last = lines.Count - 1;
        while (last >= 0 && string.IsNullOrWhiteSpace(lines[last]))
        {
            last--;
        }
        var i = last;
        while (i >= 0 && !IsBlankRunEndingAt(lines, i - 1))
        {
            if (!string.IsNullOrWhiteSpace(lines[i]) && !NumberedCommentList.IsListLine(lines[i]))
            {
                return -1;
            }
            i--;
        }
        if (i < 0 || !NumberedCommentList.IsItem(lines[i]))
        {
            return -1;
        }
        // Something must stand before the list: a page that is only a list has no article to attach it to.
        return lines.Take(i).Any(l => !string.IsNullOrWhiteSpace(l)) ? i : -1;
    }

    private static bool IsBlankRunEndingAt(IReadOnlyList<string> lines, int end)
    {
        if (end - MinBlankRun + 1 < 0)
        {
            return false;
        }
        for (var k = end - MinBlankRun + 1; k <= end; k++)
        {
            if (!string.IsNullOrWhiteSpace(lines[k]))
            {
                return false;
            }
        }
        return true;
    }
}
