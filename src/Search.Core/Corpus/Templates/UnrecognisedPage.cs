namespace Search.Core.Corpus.Templates;

/// <summary>
/// The last resort for a page that matches no template: its first line is the title and the rest the body,
/// with no comments. <see cref="PageReader"/> warns when it is used, so a new site layout gets noticed.
/// </summary>
internal sealed class UnrecognisedPage : IPageTemplate
{
    /// <inheritdoc />
    public string Name => "unrecognised";

    /// <inheritdoc />
    public bool Recognises(Page page) => true;

    /// <inheritdoc />
    public Article Read(Page page)
    {
        var text = TitleAndBody.From(page.Lines);
        return new Article(page.Id, text.Title, PageChrome.SourceOf(page.Lines), null, null, text.Body, []);
    }
}
