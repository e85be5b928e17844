using System.Text.RegularExpressions;

namespace Search.Core.Corpus.Templates;

/// <summary>
/// Finds the article's body among a page's lines: the run of lines whose prose outweighs the furniture in it most
/// (the maximum-sum run, as body-text extraction has done since Finn et al.), each prose line counting its length,
/// each short line a small cost, each furniture line its length, and a closing label a wall.
/// </summary>
internal static partial class MainBlockFinder
{
    // A heading or a list item between two paragraphs costs little, so the body runs on across it; a menu of
    // twenty entries costs as much as a good paragraph, so the body does not reach out to a lone blurb behind it.
    private const int ShortLineCost = 25;

    // Nothing that follows "Tags", "Share" or "About the author" is weighed together with what precedes it.
    private const int BoundaryCost = 100_000;

    // Near-good lines count half: prose-like, but not certainly prose.
    private const double NearGoodWeight = 0.5;

    /// <summary>The main block of a page, by line index.</summary>
    /// <param name="lines">Cleaned, non-blank lines.</param>
    /// <param name="classes">Their classes.</param>
    /// <param name="end">One past the last line that may belong to the body.</param>
    /// <returns>First and one-past-last line of the block; an empty range when no line reads as prose.</returns>
    public static (int Start, int End) Find(IReadOnlyList<string> lines, IReadOnlyList<LineClass> classes, int end)
    {
        double best = 0, sum = 0;
        int bestStart = 0, bestEnd = 0, start = 0;
        for (var i = 0; i < end; i++)
        {
            if (sum <= 0)
            {
                sum = 0;
                start = i;
            }
            sum += Weight(lines[i], classes[i]);
            if (sum > best)
            {
                (best, bestStart, bestEnd) = (sum, start, i + 1);
            }
        }
        // A numbered list that closes an article is short lines, but the article's own.
        while (bestEnd > 0 && bestEnd < end && ListItem().IsMatch(lines[bestEnd]) && classes[bestEnd] is LineClass.Short)
        {
            bestEnd++;
        }
        return (bestStart, bestEnd);
    }

    private static double Weight(string line, LineClass lineClass) => lineClass switch
    {
        LineClass.Good => line.Length,
        LineClass.NearGood => line.Length * NearGoodWeight,
        LineClass.Short => -ShortLineCost,
        LineClass.Boundary => -BoundaryCost,
        _ => -line.Length,
    };

    [GeneratedRegex(@"^\d{1,3}[.)]\s*\S")]
    private static partial Regex ListItem();
}
