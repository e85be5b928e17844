using System.Text.RegularExpressions;

namespace Search.Core.Corpus.Templates;

/// <summary>
/// Finds the article's body among a page's lines: the run of lines whose prose outweighs the furniture in it most
/// (the maximum-sum run, as body-text extraction has done since Finn et al.), each prose line counting its length,
/// each short line a small cost (next to nothing between two lines of prose), each furniture line its length, and
/// a closing label a wall.
/// </summary>
internal static partial class MainBlockFinder
{
    // A heading or a list item between two paragraphs costs little, so the body runs on across it; a menu of
    // twenty entries costs as much as a good paragraph, so the body does not reach out to a lone blurb behind it.
    private const int ShortLineCost = 25;

    // As jusText lets short paragraphs take their neighbours' class: headings, code and list items between two
    // lines of prose cost almost nothing, so the body runs on across them.
    private const int ShortLineBetweenProseCost = 3;

    // Long lines with this share of stop words are prose-like enough (news prose is dense with names and
    // numbers) to count as doubtful, not as furniture.
    private const double DoubtfulDensity = 0.2;

    // A numbered list that closes an article: at least this many items, and most of the short lines after it.
    private const int MinListItems = 5;

    // "Tags", "Share", "About the author", "Related coverage" usually close an article: crossing one costs a long
    // paragraph, more than an author's blurb behind it weighs, less than the rest of an article interrupted by a
    // box of related links.
    private const int BoundaryCost = 400;

    // Near-good lines count half: prose-like, but not certainly prose.
    private const double NearGoodWeight = 0.5;

    /// <summary>The main block of a page, by line index.</summary>
    /// <param name="lines">Cleaned, non-blank lines.</param>
    /// <param name="classes">Their classes.</param>
    /// <param name="end">One past the last line that may belong to the body.</param>
    /// <returns>First and one-past-last line of the block; an empty range when no line reads as prose.</returns>
    public static (int Start, int End) Find(IReadOnlyList<string> lines, IReadOnlyList<LineClass> classes, int end)
    {
        var weights = Weights(lines, classes, end);
        double best = 0, sum = 0;
        int bestStart = 0, bestEnd = 0, start = 0;
        for (var i = 0; i < end; i++)
        {
            if (sum <= 0)
            {
                sum = 0;
                start = i;
            }
            sum += weights[i];
            if (sum > best)
            {
                (best, bestStart, bestEnd) = (sum, start, i + 1);
            }
        }
        // A lead or a closing line of news prose may fall just under the stop-word threshold: doubtful lines at the
        // block's edges go with it.
        while (bestEnd > 0 && bestStart > 0 && IsDoubtful(lines[bestStart - 1], classes[bestStart - 1]))
        {
            bestStart--;
        }
        while (bestEnd > 0 && bestEnd < end && IsDoubtful(lines[bestEnd], classes[bestEnd]))
        {
            bestEnd++;
        }
        // A numbered list that closes an article is short lines, but the article's own.
        var runEnd = bestEnd;
        while (bestEnd > 0 && runEnd < end && classes[runEnd] is LineClass.Short)
        {
            runEnd++;
        }
        var items = Enumerable.Range(bestEnd, runEnd - bestEnd).Where(i => ListItem().IsMatch(lines[i])).ToList();
        if (items.Count >= MinListItems && items.Count * 2 >= runEnd - bestEnd)
        {
            bestEnd = items[^1] + 1;
        }
        return (bestStart, bestEnd);
    }

    private static double[] Weights(IReadOnlyList<string> lines, IReadOnlyList<LineClass> classes, int end)
    {
        var weights = new double[end];
        for (var i = 0; i < end; i++)
        {
            weights[i] = classes[i] switch
            {
                LineClass.Good => lines[i].Length,
                LineClass.NearGood => lines[i].Length * NearGoodWeight,
                LineClass.Short => IsProse(classes, PreviousJudged(classes, i)) && IsProse(classes, NextJudged(classes, i, end))
                    ? -ShortLineBetweenProseCost
                    : -ShortLineCost,
                LineClass.Boundary => -BoundaryCost,
                _ => IsDoubtful(lines[i], classes[i]) ? -ShortLineCost : -lines[i].Length,
            };
        }
        return weights;
    }

    private static bool IsDoubtful(string line, LineClass lineClass) =>
        lineClass == LineClass.Bad && !BoilerplateClassifier.IsFurniture(line) && StopWords.Density(line) >= DoubtfulDensity;

    private static int PreviousJudged(IReadOnlyList<LineClass> classes, int i)
    {
        while (i >= 0 && classes[i] == LineClass.Short)
        {
            i--;
        }
        return i;
    }

    private static int NextJudged(IReadOnlyList<LineClass> classes, int i, int end)
    {
        while (i < end && classes[i] == LineClass.Short)
        {
            i++;
        }
        return i < end ? i : -1;
    }

    private static bool IsProse(IReadOnlyList<LineClass> classes, int i) => i >= 0 && classes[i] is LineClass.Good or LineClass.NearGood;

    [GeneratedRegex(@"^\d{1,3}[.)]\s*\S")]
    private static partial Regex ListItem();
}
