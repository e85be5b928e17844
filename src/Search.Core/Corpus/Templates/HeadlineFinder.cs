using System.Text.RegularExpressions;

namespace Search.Core.Corpus.Templates;

/// <summary>
/// Finds the line a page shows as its headline: a title-like line shortly before the body, preferring one the page
/// repeats (in <c>N thoughts on “TITLE”</c>, a breadcrumb, the window title), one near the body, and a long one
/// over a site's name or a menu entry.
/// </summary>
internal static partial class HeadlineFinder
{
    // How far above the body a headline may stand: past a byline, a date, a lead image's caption and share buttons.
    private const int LinesBefore = 15;
    private const int LinesInto = 2;
    private const int MaxWords = 30;
    private const int MaxLength = 200;

    // A repetition elsewhere on the page is strong evidence; each line of distance from the body weak evidence
    // against; words count a little each, up to a headline's usual length.
    private const double RepeatWeight = 4;
    private const int MaxRepeats = 2;

    // A site's name is repeated too (in its copyright line, its blurbs), but is rarely more than three words long.
    private const int MinWordsToRepeat = 4;
    private const double DistanceWeight = 0.4;
    private const double WordWeight = 0.5;
    private const int MaxCountedWords = 12;

    /// <summary>The index of the headline line, or -1.</summary>
    /// <param name="lines">A page's cleaned, non-blank lines.</param>
    /// <param name="classes">Their classes: a line of prose is not a headline.</param>
    /// <param name="bodyStart">The first line of the body.</param>
    public static int Find(IReadOnlyList<string> lines, IReadOnlyList<LineClass> classes, int bodyStart)
    {
        var keys = lines.Select(Key).ToArray();
        var best = -1;
        var bestScore = double.MinValue;
        for (var i = Math.Max(0, bodyStart - LinesBefore); i < Math.Min(lines.Count, bodyStart + LinesInto); i++)
        {
            if (classes[i] is LineClass.Good or LineClass.NearGood || !IsTitleLike(lines[i]))
            {
                continue;
            }
            var key = keys[i];
            var words = StopWords.WordsOf(lines[i]).Count;
            var repeats = words < MinWordsToRepeat ? 0 : Enumerable.Range(0, lines.Count)
                .Count(j => j != i && keys[j].Contains(key, StringComparison.Ordinal) && !BoilerplateClassifier.IsFurniture(lines[j]));
            var score = (RepeatWeight * Math.Min(repeats, MaxRepeats)) + (WordWeight * Math.Min(words, MaxCountedWords))
                - (DistanceWeight * Math.Abs(bodyStart - i));
            if (score > bestScore)
            {
                (best, bestScore) = (i, score);
            }
        }
        return best;
    }

    private static bool IsTitleLike(string line)
    {
        var words = StopWords.WordsOf(line).Count;
        return words is >= 2 and <= MaxWords && line.Length <= MaxLength && line.Any(char.IsLetter)
            && !line.EndsWith(':') && !line.Contains("://", StringComparison.Ordinal)
            && !TextDate.IsDateLine(line) && !Byline().IsMatch(line) && !Breadcrumb().IsMatch(line)
            && !BoilerplateClassifier.IsFurniture(line)
            && !CommentVocabulary.IsSectionHeader(line) && !CommentVocabulary.IsActionLine(line);
    }

    private static string Key(string line) => TypographicFolding.Fold(line).ToUpperInvariant();

    [GeneratedRegex(@"^(?:by|von|от|posted by|written by|geschrieben von)\s", RegexOptions.IgnoreCase)]
    private static partial Regex Byline();

    // "Home » Recipes » Title", "Home>Articles>Title", "Home / Buch / Title": the path to a page, not its headline.
    [GeneratedRegex(@"(?:\S\s*(?:»|>|/|›|\|)\s*\S.*){2}")]
    private static partial Regex Breadcrumb();
}
