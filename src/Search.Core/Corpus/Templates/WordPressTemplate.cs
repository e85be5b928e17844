using System.Text.RegularExpressions;

namespace Search.Core.Corpus.Templates;

/// <summary>
/// Pages with WordPress's own comment list: <c>N thoughts on “Title”</c> starts the thread, comments are an
/// indented numbered list (deeper items are replies), and <c>Leave a Reply</c> ends it.
/// </summary>
internal sealed partial class WordPressTemplate : IPageTemplate
{
    /// <inheritdoc />
    public string Name => "WordPress";

    /// <inheritdoc />
    public bool Recognises(Page page)
    {
        // The header alone is not enough: themes that print "NAME says:" threads are read by GenericPageReader.
        var header = page.FindLine(l => Header().IsMatch(l.Trim()));
        return header >= 0 && page.FindLine(NumberedCommentList.IsItem, header + 1) >= 0;
    }

    /// <inheritdoc />
    public Article Read(Page page)
    {
        var header = page.FindLine(l => Header().IsMatch(l.Trim()));
        var footer = page.FindLine(l => Footer().IsMatch(l.Trim()), header + 1);
        var end = footer >= 0 ? footer : page.Lines.Count;

        var text = TitleAndBody.From(page.Slice(0, header));
        var comments = NumberedCommentList.Parse(page.Slice(header + 1, end));
        return new Article(page.Id, text.Title, PageChrome.SourceOf(page.Lines), null, null, text.Body, comments);
    }

    [GeneratedRegex(@"^(\d+|One|No) (thoughts?|responses?|comments?|replies) (on|to) [“""].*[”""]$", RegexOptions.IgnoreCase)]
    private static partial Regex Header();

    [GeneratedRegex(@"^Leave a (Reply|Comment)$", RegexOptions.IgnoreCase)]
    private static partial Regex Footer();
}
