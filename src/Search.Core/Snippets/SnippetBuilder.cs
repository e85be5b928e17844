namespace Search.Core.Snippets;

/// <summary>
/// Picks the best passage of about <see cref="TargetLength"/> characters around a text's highlights: the one that
/// shows the most different query units, starting at a sentence where one is near, cut at word boundaries.
/// </summary>
internal static class SnippetBuilder
{
    /// <summary>The passage length aimed at.</summary>
    public const int TargetLength = 200;

    private const string Cut = "...";

    // Context kept before the first highlight when a passage cannot start at a sentence.
    private const int Lead = 50;

    /// <summary>How good a passage of a text is: how many different units its highlights show, then how many highlights.</summary>
    /// <param name="spans">The highlights found in the text.</param>
    /// <returns>The score of the best passage.</returns>
    /// <param name="text">The text the spans are in.</param>
    public static (int Units, int Spans) Score(string text, IReadOnlyList<TextSpan> spans) =>
        Best(text, Merge(spans), spans, TargetLength).Score;

    /// <summary>Builds the snippet of a text.</summary>
    /// <param name="text">The stored text.</param>
    /// <param name="spans">Where the query's units occur in it.</param>
    /// <param name="targetLength">The passage length to aim at.</param>
    /// <returns>The snippet; the start of the text, unhighlighted, when there are no spans.</returns>
    public static Snippet Build(string text, IReadOnlyList<TextSpan> spans, int targetLength = TargetLength)
    {
        // A snippet is one line: paragraph breaks inside it become spaces (same length, so offsets hold).
        text = text.Replace('\n', ' ');
        var merged = Merge(spans);
        if (text.Length <= targetLength)
        {
            return SingleSpaced(new Snippet(text, merged.Select(s => new Highlight(s.Start, s.End - s.Start)).ToList()));
        }
        var start = merged.Count == 0 ? 0 : Best(text, merged, spans, targetLength).Start;
        var end = EndOf(text, start, targetLength, merged);
        var slice = text[start..end];
        var lead = slice.Length - slice.TrimStart().Length;
        slice = slice.Trim();
        var prefix = start > 0 ? Cut + " " : "";
        var suffix = end < text.Length ? " " + Cut : "";
        var offset = prefix.Length - start - lead;
        var highlights = merged
            .Where(s => s.Start >= start + lead && s.End <= start + lead + slice.Length)
            .Select(s => new Highlight(s.Start + offset, s.End - s.Start))
            .ToList();
        return SingleSpaced(new Snippet(prefix + slice + suffix, highlights));
    }

    // Paragraph breaks and runs of spaces read as one space in a one-line snippet; highlights move with the text.
    private static Snippet SingleSpaced(Snippet snippet)
    {
        var text = snippet.Text;
        if (!text.Contains("  ", StringComparison.Ordinal))
        {
            return snippet;
        }
        var kept = new System.Text.StringBuilder(text.Length);
        var newIndex = new int[text.Length + 1];
        for (var i = 0; i < text.Length; i++)
        {
            newIndex[i] = kept.Length;
            if (text[i] != ' ' || kept.Length == 0 || kept[^1] != ' ')
            {
                kept.Append(text[i]);
            }
        }
        newIndex[text.Length] = kept.Length;
        var highlights = snippet.Highlights
            .Select(h => new Highlight(newIndex[h.Start], newIndex[h.Start + h.Length] - newIndex[h.Start]))
            .ToList();
        return new Snippet(kept.ToString(), highlights);
    }

    private static List<(int Start, int End)> Merge(IReadOnlyList<TextSpan> spans)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var s in spans.OrderBy(s => s.Start).ThenByDescending(s => s.End))
        {
            if (merged.Count > 0 && s.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, s.End));
            }
            else
            {
                merged.Add((s.Start, s.End));
            }
        }
        return merged;
    }

    // Where the best passage starts: of the passages that start at (or just before) each highlight, the one that
    // shows the most different units, then the most spans; the earliest of equals.
    private static (int Start, (int Units, int Spans) Score) Best(string text, List<(int Start, int End)> merged, IReadOnlyList<TextSpan> spans, int length)
    {
        var best = (Start: 0, Score: (Units: -1, Spans: -1));
        foreach (var (anchor, _) in merged)
        {
            var from = StartOf(text, anchor, length);
            var inside = spans.Where(s => s.Start >= from && s.End <= from + length).ToList();
            var score = (inside.Select(s => s.Unit).Distinct().Count(), inside.Count);
            if (score.CompareTo(best.Score) > 0)
            {
                best = (from, score);
            }
        }
        return best.Score.Units < 0 ? (0, (0, 0)) : best;
    }

    private static int StartOf(string text, int firstHighlight, int length)
    {
        if (firstHighlight + 20 < length)
        {
            return 0;
        }
        // The start of the sentence the highlight is in, if it is close enough to leave room after the highlight.
        for (var i = firstHighlight - 1; i >= Math.Max(1, firstHighlight - length / 2); i--)
        {
            if (char.IsWhiteSpace(text[i]) && text[i - 1] is '.' or '!' or '?' or '\n')
            {
                return i + 1;
            }
        }
        var start = Math.Max(0, firstHighlight - Lead);
        while (start > 0 && start < firstHighlight && !char.IsWhiteSpace(text[start - 1]))
        {
            start++;
        }
        return start;
    }

    private static int EndOf(string text, int start, int length, List<(int Start, int End)> merged)
    {
        var end = start + length;
        if (end >= text.Length)
        {
            return text.Length;
        }
        // Never cut through a highlight that starts inside the passage.
        foreach (var (s, e) in merged)
        {
            if (s < end && e > end)
            {
                end = e;
            }
        }
        // End at a sentence if one ends in the last stretch, else at a word boundary.
        for (var i = end; i > end - Lead && i > start; i--)
        {
            if (text[i - 1] is '.' or '!' or '?' && (i == text.Length || char.IsWhiteSpace(text[i])))
            {
                return i;
            }
        }
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && end < start + length + 30)
        {
            end++;
        }
        return end;
    }
}
