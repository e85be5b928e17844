namespace Search.Core.Corpus.Templates;

/// <summary>
/// The reader of any page that matches no template: <see cref="GenericPageReader"/> finds its headline, body and
/// comments by how pages look. <see cref="PageReader"/> warns when even that finds no structure (no block of prose
/// under a headline, no comments) and the page is read as its first line for a title and the rest for a body, so a
/// new kind of page gets noticed; a page read with a headline and body found needs no warning, comments or not.
/// </summary>
internal sealed class UnrecognisedPage : IPageTemplate
{
    /// <inheritdoc />
    public string Name => "unrecognised";

    /// <inheritdoc />
    public bool Recognises(Page page) => true;

    /// <inheritdoc />
    public Article Read(Page page) => GenericPageReader.Read(page).Article;

    /// <summary>Reads a page, telling whether any structure was found in it.</summary>
    /// <param name="page">The page.</param>
    /// <returns>The article, and false when it is only the page's first line and the rest.</returns>
    public static (Article Article, bool FoundStructure) ReadWithStructure(Page page) => GenericPageReader.Read(page);
}
