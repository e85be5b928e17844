namespace Search.Core.Corpus.Templates;

/// <summary>
/// One kind of scraped page: how to recognise it, and how to take its article and comment thread apart.
/// Adding support for a new site layout means adding one implementation and listing it in <see cref="PageReader"/>.
/// </summary>
internal interface IPageTemplate
{
    /// <summary>A short name for messages and tests, such as <c>wpDiscuz</c>.</summary>
    string Name { get; }

    /// <summary>Whether the page has this template's landmarks.</summary>
    /// <returns>True when <see cref="Read"/> applies.</returns>
    bool Recognises(Page page);

    /// <summary>Reads a page this template recognised.</summary>
    /// <returns>The article with its comments.</returns>
    Article Read(Page page);
}
