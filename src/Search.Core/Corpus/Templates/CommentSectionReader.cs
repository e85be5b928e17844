namespace Search.Core.Corpus.Templates;

/// <summary>
/// Reads the comments of a comment section as real pages show them: runs of comment text separated by runs of
/// furniture (names, dates, buttons, labels). The name in a separating run (the one right before a date, else the
/// last) opens the next comment; where most comments open with a date beside the name (<c>NAME says:</c> / date,
/// <c>NAME on DATE</c>, NAME / date), a run without one opens none, and buttons close the comment before it.
/// The section ends at the comment form once a comment has been read.
/// </summary>
internal static class CommentSectionReader
{
    // Two comments that open with a date show the section's shape; one could be chance.
    private const int MinDatedOpenings = 2;

    /// <summary>Reads the comments of a section.</summary>
    /// <param name="lines">Cleaned, non-blank lines from the section's header (excluded) to the page's end.</param>
    /// <returns>The comments in page order.</returns>
    public static IReadOnlyList<Comment> Read(IReadOnlyList<string> lines)
    {
        var roles = CommentLineClassifier.Classify(lines);
        var runs = RunsOf(roles);
        var dated = runs.Count(r => OpeningOf(roles, r) is { } o && DateFrom(roles, o, r.End) >= 0);
        var datedSection = dated >= MinDatedOpenings;

        var thread = new CommentThreadBuilder();
        (string? Author, string? Published, List<string> Paragraphs)? current = null;
        void Close()
        {
            if (current is { } c && c.Paragraphs.Count > 0)
            {
                thread.Add(0, c.Author, c.Paragraphs, c.Published);
            }
            current = null;
        }

        var i = 0;
        while (i < lines.Count)
        {
            if (roles[i] == CommentLineRole.Text)
            {
                current?.Paragraphs.Add(lines[i]);
                i++;
                continue;
            }
            var run = runs.First(r => r.Start == i);
            var started = thread.Comments.Count > 0 || current is not null;
            if (started && Enumerable.Range(run.Start, run.End - run.Start).Any(k => CommentVocabulary.IsFormLine(lines[k])))
            {
                break; // the comment form: the section is over
            }
            var opening = OpeningOf(roles, run);
            // Names before the run's first button or date end the comment above ("Great review" / REPLY / NAME).
            for (var k = run.Start; k < run.End && roles[k] == CommentLineRole.Name && k != opening; k++)
            {
                current?.Paragraphs.Add(lines[k]);
            }
            var date = opening is { } o ? DateFrom(roles, o, run.End) : -1;
            if (opening is { } open && (!datedSection || date >= 0))
            {
                Close();
                var (author, _) = CommentLineClassifier.Describe(lines[open], roles[open]);
                var published = date >= 0 ? CommentLineClassifier.Describe(lines[date], roles[date]).Published : null;
                current = (author, published, []);
            }
            else if (datedSection && Enumerable.Range(run.Start, run.End - run.Start).Any(k => roles[k] == CommentLineRole.Skip))
            {
                Close();
            }
            i = run.End;
        }
        Close();
        return thread.Comments;
    }

    // The maximal runs of lines that are not comment text.
    private static List<(int Start, int End)> RunsOf(CommentLineRole[] roles)
    {
        var runs = new List<(int Start, int End)>();
        for (var i = 0; i < roles.Length;)
        {
            if (roles[i] == CommentLineRole.Text)
            {
                i++;
                continue;
            }
            var start = i;
            while (i < roles.Length && roles[i] != CommentLineRole.Text)
            {
                i++;
            }
            runs.Add((start, i));
        }
        return runs;
    }

    // The line that opens a comment: the last head; else the last name right above a date; else the run's last
    // name, when no date follows it (a date before it closes the comment above: "1 Monat her" / "Gast" / NAME).
    private static int? OpeningOf(CommentLineRole[] roles, (int Start, int End) run)
    {
        int? head = null, nameAboveDate = null, lastName = null, lastDate = null;
        for (var k = run.Start; k < run.End; k++)
        {
            switch (roles[k])
            {
                case CommentLineRole.Head:
                    head = k;
                    break;
                case CommentLineRole.Name:
                    lastName = k;
                    if (k + 1 < run.End && roles[k + 1] == CommentLineRole.Date)
                    {
                        nameAboveDate = k;
                    }
                    break;
                case CommentLineRole.Date:
                    lastDate = k;
                    break;
                default:
                    break;
            }
        }
        return head ?? nameAboveDate ?? (lastName > (lastDate ?? -1) ? lastName : null);
    }

    // The date of a comment: its head's own, or the first date line after its opening within the run.
    private static int DateFrom(CommentLineRole[] roles, int opening, int end)
    {
        if (roles[opening] == CommentLineRole.Head)
        {
            return opening + 1 < end && roles[opening + 1] == CommentLineRole.Date ? opening + 1 : opening;
        }
        for (var k = opening + 1; k < end; k++)
        {
            if (roles[k] == CommentLineRole.Date)
            {
                return k;
            }
        }
        return -1;
    }
}
