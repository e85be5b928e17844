namespace Search.Core.Corpus.Templates;

/// <summary>Reads a scraped page with the first template that recognises it.</summary>
internal static class PageReader
{
    /// <summary>The known page templates, most specific first; the last one takes any page.</summary>
    public static IReadOnlyList<IPageTemplate> Templates { get; } =
    [
        new WpDiscuzTemplate(),
        new WordPressTemplate(),
        new BloggerTemplate(),
        new PlainNumberedCommentsTemplate(),
        new UnrecognisedPage(),
    ];

    /// <summary>The template that will read a page.</summary>
    /// <returns>The first template that recognises it.</returns>
    public static IPageTemplate TemplateFor(Page page) => Templates.First(t => t.Recognises(page));

    /// <summary>Reads a page into an article.</summary>
    /// <param name="page">The page.</param>
    /// <param name="warnings">Receives a warning when no template recognises the page and no structure is found in it,
    /// or it has no text.</param>
    /// <returns>The article, or null when the page holds no article text at all.</returns>
    public static Article? Read(Page page, ICollection<CorpusWarning> warnings)
    {
        var template = TemplateFor(page);
        Article article;
        if (template is UnrecognisedPage)
        {
            (article, var structured) = UnrecognisedPage.ReadWithStructure(page);
            if (!structured)
            {
                warnings.Add(new CorpusWarning(page.Path, null, "matches no known page template; indexed as title and body, without comments"));
            }
        }
        else
        {
            article = template.Read(page);
        }
        if (article.Title.Length == 0 && article.Body.Length == 0)
        {
            warnings.Add(new CorpusWarning(page.Path, null, "no article text found, skipped"));
            return null;
        }
        return article;
    }
}
