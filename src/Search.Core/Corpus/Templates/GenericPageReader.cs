namespace Search.Core.Corpus.Templates;

/// <summary>
/// Reads a page of no known layout as a browser's copy of a web page looks: menus, a headline, the article, its
/// furniture, perhaps comments, a footer. The body is the main block of prose (<see cref="MainBlockFinder"/>), the
/// title the headline above it (<see cref="HeadlineFinder"/>), the comments a section after it
/// (<see cref="CommentSectionFinder"/>), and the date the one printed by the headline.
/// </summary>
internal static class GenericPageReader
{
    // A byline's date stands within a few lines of the headline, above it or below.
    private const int DateLinesBelow = 4;
    private const int DateLinesAbove = 3;

    /// <summary>Reads a page.</summary>
    /// <param name="page">The page.</param>
    /// <returns>The article, and whether the page showed any structure: a block of prose with a headline above it, or
    /// comments. Without one, the article is the page's first line as title and the rest as body.</returns>
    public static (Article Article, bool FoundStructure) Read(Page page)
    {
        var lines = page.Lines.Select(TitleAndBody.Clean).Where(l => l.Length > 0).ToList();
        var classes = BoilerplateClassifier.Classify(lines);
        var (start, end) = MainBlockFinder.Find(lines, classes, lines.Count);
        // Comments follow the article: a comment header above the page's first prose is a menu entry or a counter.
        var firstProse = Array.FindIndex(classes, c => c is LineClass.Good or LineClass.NearGood);
        var section = end > 0 ? CommentSectionFinder.Find(lines, firstProse < 0 ? start : Math.Min(firstProse, start), end) : null;
        if (section is { } s && s.Start < end)
        {
            (start, end) = MainBlockFinder.Find(lines, classes, s.Start);
        }
        var comments = section?.Comments ?? [];
        var headline = end > 0 ? HeadlineFinder.Find(lines, classes, start) : -1;
        if (headline < 0)
        {
            var plain = TitleAndBody.From(section is { } cut ? lines.Take(cut.Start) : lines);
            return (new Article(page.Id, plain.Title, PageChrome.SourceOf(page.Lines), null, null, plain.Body, comments), comments.Count > 0);
        }
        // What stands above the headline inside the block (a disclosure, a kicker) is not the article.
        start = Math.Max(start, headline + 1);
        var body = Enumerable.Range(start, Math.Max(0, end - start))
            .Where(i => i != headline && !BoilerplateClassifier.IsFurniture(lines[i]))
            .Select(i => lines[i]);
        var text = TitleAndBody.From(body, lines[headline]);
        var article = new Article(
            page.Id, text.Title, PageChrome.SourceOf(page.Lines), null, PublishedNear(lines, headline), text.Body, comments);
        return (article, true);
    }

    private static string? PublishedNear(IReadOnlyList<string> lines, int headline)
    {
        var below = Enumerable.Range(headline + 1, DateLinesBelow);
        var above = Enumerable.Range(headline - DateLinesAbove, DateLinesAbove).Reverse();
        var dayFirst = DateText.DayFirstIn(lines);
        foreach (var i in below.Concat(above).Where(i => i >= 0 && i < lines.Count))
        {
            if (DateText.Find(lines[i], out var iso, dayFirst: dayFirst) is not null && iso is not null)
            {
                return iso[..10];
            }
        }
        return null;
    }
}
