using System.Text.RegularExpressions;

namespace Search.Core.Corpus.Templates;

/// <summary>
/// Finds the line a page shows as its headline: a title-like line shortly above the body, preferring one the page
/// repeats (in <c>N thoughts on “TITLE”</c>, a breadcrumb, the window title), one with a byline or date just below
/// it, one near the body, and one written as headlines are (few function words, capitalised words) over a site's
/// name, a menu entry, a caption or a standfirst.
/// </summary>
internal static partial class HeadlineFinder
{
    // How far above the body a headline may stand: past a byline, a date, a lead image's caption and share buttons.
    private const int LinesBefore = 15;
    private const int MaxWords = 30;
    private const int MaxLength = 150;

    // A line of prose's length: a longer line ending in a full stop is a sentence (a standfirst), not a headline.
    private const int SentenceLength = 70;

    // The evidence, in points. A repetition elsewhere on the page is strong; so is a byline or date right below.
    private const double RepeatWeight = 4;
    private const int MaxRepeats = 2;
    private const double BylineBelowWeight = 3;
    private const int BylineLines = 4;
    private const int BylineRightBelow = 2;

    // The headline may stand inside the block, where a disclosure or a lead line of prose opened it: it is looked
    // for up to the block's first long paragraph, a few lines in at most.
    private const int LinesInto = 8;
    private const double DistanceWeight = 0.4;
    private const double WordWeight = 0.5;
    private const int MaxCountedWords = 12;
    private const double StopWordWeight = 4;
    private const double CapitalisedWeight = 2;

    // A headline shown again fills much of the line that shows it ("N thoughts on “TITLE”", "Home » News » TITLE",
    // "TITLE | Site") or opens it (a post that starts by repeating its title); a paragraph that mentions the same
    // name in passing is not showing the headline.
    private const double MinShareOfRepeatingLine = 0.4;

    // A site's name is repeated too (in its copyright line, its blurbs), but is rarely more than three words long.
    private const int MinWordsToRepeat = 4;

    /// <summary>The index of the headline line, or -1.</summary>
    /// <param name="lines">A page's cleaned, non-blank lines.</param>
    /// <param name="classes">Their classes: a line of prose is not a headline.</param>
    /// <param name="bodyStart">The first line of the body.</param>
    public static int Find(IReadOnlyList<string> lines, IReadOnlyList<LineClass> classes, int bodyStart)
    {
        var keys = lines.Select(Key).ToArray();
        var firstParagraph = bodyStart;
        while (firstParagraph < Math.Min(lines.Count, bodyStart + LinesInto) && classes[firstParagraph] != LineClass.Good)
        {
            firstParagraph++;
        }
        var windowStart = Math.Max(0, bodyStart - LinesBefore);
        var candidates = Enumerable.Range(windowStart, firstParagraph - windowStart)
            .Where(i => classes[i] is not (LineClass.Good or LineClass.NearGood) && IsTitleLike(lines[i]))
            .ToList();
        var best = -1;
        var bestScore = double.MinValue;
        foreach (var i in candidates)
        {
            var words = StopWords.WordsOf(lines[i]);
            var score = (WordWeight * Math.Min(words.Count, MaxCountedWords))
                - (DistanceWeight * Math.Abs(bodyStart - i))
                - (StopWordWeight * StopWords.Density(lines[i]))
                + (CapitalisedWeight * CapitalisedShare(words))
                + (RepeatWeight * Math.Min(Repeats(lines, keys, candidates, i), MaxRepeats))
                + BylineBelow(lines, i, firstParagraph);
            if (score > bestScore)
            {
                (best, bestScore) = (i, score);
            }
        }
        return best;
    }

    // Lines that show the candidate again: a longer line holding it (the window title, a breadcrumb, "N thoughts on
    // “TITLE”"), or the same line within the headline's window (a headline printed twice); not the same line far off,
    // which is a menu entry or a tagline repeated in the footer. A line holding a longer candidate that holds this
    // one repeats that one ("Harbour Hotel" inside "Harbour Hotel, the Coast Collection, Opens Its Doors").
    private static int Repeats(IReadOnlyList<string> lines, string[] keys, List<int> candidates, int i)
    {
        if (StopWords.WordsOf(lines[i]).Count < MinWordsToRepeat)
        {
            return 0;
        }
        var longer = candidates.Where(k => k != i && keys[k].Length > keys[i].Length && keys[k].Contains(keys[i], StringComparison.Ordinal))
            .Select(k => keys[k]).ToList();
        return Enumerable.Range(0, lines.Count).Count(j => j != i
            && (keys[j].Length > keys[i].Length
                ? keys[j].Contains(keys[i], StringComparison.Ordinal)
                    && (keys[i].Length >= MinShareOfRepeatingLine * keys[j].Length || keys[j].StartsWith(keys[i], StringComparison.Ordinal))
                : keys[j] == keys[i] && Math.Abs(j - i) <= LinesBefore)
            && !longer.Any(l => keys[j].Contains(l, StringComparison.Ordinal))
            && !BoilerplateClassifier.IsFurniture(lines[j]));
    }

    // A byline or date right below the headline is full evidence, one a few lines further down half; so is a
    // date line right above it, where blogs print the day's heading over the post's title (unless that date is
    // the second line of a byline: it belongs to the headline above the byline).
    private static double BylineBelow(IReadOnlyList<string> lines, int i, int end)
    {
        if (i > 0 && DateText.IsDateLine(lines[i - 1]) && !(i > 1 && Byline.Opens(lines[i - 2])))
        {
            return BylineBelowWeight;
        }
        for (var j = i + 1; j <= i + BylineLines && j < end; j++)
        {
            if (Byline.Opens(lines[j]) || (DateText.Find(lines[j], out var iso) is not null && iso is not null))
            {
                return j - i <= BylineRightBelow ? BylineBelowWeight : BylineBelowWeight / 2;
            }
        }
        return 0;
    }

    // Headlines capitalise their words (English title case, German nouns); sentences mostly do not.
    private static double CapitalisedShare(IReadOnlyList<string> words)
    {
        var long_ = words.Where(w => w.Length >= 4).ToList();
        return long_.Count == 0 ? 0 : (double)long_.Count(w => char.IsUpper(w[0])) / long_.Count;
    }

    private static bool IsTitleLike(string line)
    {
        var words = StopWords.WordsOf(line).Count;
        return words is >= 2 and <= MaxWords && line.Length <= MaxLength && line.Any(char.IsLetter)
            && !line.EndsWith(':') && !(line.EndsWith('.') && line.Length >= SentenceLength)
            && !SentenceBreak().IsMatch(line) && !"([".Contains(line[0]) && !line.Contains("://", StringComparison.Ordinal)
            && !DateText.IsDateLine(line) && !Byline.Opens(line) && !Breadcrumb().IsMatch(line)
            && !BoilerplateClassifier.IsFurniture(line)
            && !CommentVocabulary.IsSectionHeader(line) && !CommentVocabulary.IsActionLine(line);
    }

    private static string Key(string line) => TypographicFolding.Fold(line).ToUpperInvariant();

    // "Home » Recipes » Title", "Home>Articles>Title", "Home / Buch / Title": the path to a page, not its headline.
    [GeneratedRegex(@"(?:\S\s*(?:»|>|/|›|\|)\s*\S.*){2}")]
    private static partial Regex Breadcrumb();

    // Two sentences on one line ("... last year. Photograph: ..."): a caption or a blurb.
    [GeneratedRegex(@"\p{Ll}{3}\. \p{Lu}")]
    private static partial Regex SentenceBreak();
}
