using System.Text.RegularExpressions;

namespace Search.Core.Corpus.Templates;

/// <summary>
/// Classifies the lines of a page as jusText classifies paragraphs: by length and by the share of stop words, which
/// prose has and menus, tag lists and link runs lack; plus the few kinds of furniture that say what they are
/// (copyright lines, "Read more:" cross-references, comment forms and buttons, the labels that close an article).
/// </summary>
internal static partial class BoilerplateClassifier
{
    // jusText's defaults, measured on its own corpus: shorter than LengthLow is too short to judge; at least
    // StopWordsHigh of the words being stop words over LengthHigh characters is prose; StopWordsLow is the floor of
    // near-prose. A browser's copy has one paragraph a line, so a line is a paragraph.
    private const int LengthLow = 70;
    private const int LengthHigh = 200;
    private const double StopWordsLow = 0.30;
    private const double StopWordsHigh = 0.32;

    /// <summary>Classifies each line on its own.</summary>
    /// <param name="lines">A page's non-blank, cleaned lines.</param>
    /// <returns>One class a line.</returns>
    public static LineClass[] Classify(IReadOnlyList<string> lines) => [.. lines.Select(Classify)];

    /// <summary>Classifies one line.</summary>
    /// <param name="line">A cleaned, non-blank line.</param>
    public static LineClass Classify(string line)
    {
        if (ClosingLabel().IsMatch(line))
        {
            return LineClass.Boundary;
        }
        if (IsFurniture(line))
        {
            return LineClass.Bad;
        }
        if (line.Length < LengthLow)
        {
            return LineClass.Short;
        }
        var density = StopWords.Density(line);
        return density >= StopWordsHigh ? (line.Length > LengthHigh ? LineClass.Good : LineClass.NearGood)
            : density >= StopWordsLow ? LineClass.NearGood
            : LineClass.Bad;
    }

    /// <summary>Whether a line names itself as furniture, whatever its length: it is never part of an article's body.</summary>
    /// <param name="line">A cleaned line.</param>
    public static bool IsFurniture(string line) =>
        line.Contains('©') || Copyright().IsMatch(line) || CrossReference().IsMatch(line)
        || CommentVocabulary.IsFormLine(line) || CommentVocabulary.IsPingback(line) || SkipLink().IsMatch(line)
        || ClosingLabel().IsMatch(line);

    [GeneratedRegex(@"\b(?:copyright|all rights reserved|alle rechte vorbehalten|все права защищены)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"^(?:read more|read also|see also|related|more on this|lesen sie auch|mehr zum thema|weiterlesen|читайте также|см\. также)\b.{0,150}$", RegexOptions.IgnoreCase)]
    private static partial Regex CrossReference();

    [GeneratedRegex(@"^(?:skip to|jump to|zum inhalt|перейти к)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SkipLink();

    // Labels a blog prints once the article is over: its tags, share buttons, the author's box, related posts.
    [GeneratedRegex(@"^(?:(?:tags?|filed under|posted in|categories|share|share this|share this article|tweet|author|about the author|published by|related(?: articles| posts| stories| topics| coverage)?|you may also like|schlagwörter|teilen|über den autor|ähnliche beiträge|теги|поделиться|об авторе|похожие статьи)\s*(?::.{0,150})?|tagged\s.{0,150})$", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingLabel();
}
