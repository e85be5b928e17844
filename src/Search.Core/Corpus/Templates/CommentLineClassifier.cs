namespace Search.Core.Corpus.Templates;

/// <summary>
/// Gives each line of a comment section its <see cref="CommentLineRole"/>, and the author and date a head line shows.
/// </summary>
internal static class CommentLineClassifier
{
    // A widget repeats its labels on every comment ("Gast", "Diesen Kommentar teilen?"); a name repeats only
    // when the same reader writes again, and then stands where a name stands.
    private const int RepeatedLabelCount = 3;

    // A name-like line that recurs right above another name is a role label ("Gast" / NAME) even when seen twice.
    private const int RepeatedRoleLabelCount = 2;

    // A name followed by a date line may be longer than a bare name: "LIZ THAT SKINNY CHICK CAN BAKE".
    private const int MaxWordsBeforeDate = 8;

    /// <summary>The role of each line.</summary>
    /// <param name="lines">The section's cleaned, non-blank lines.</param>
    /// <returns>One role a line.</returns>
    public static CommentLineRole[] Classify(IReadOnlyList<string> lines)
    {
        var roles = lines.Select(RoleOf).ToArray();
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (roles[i] == CommentLineRole.Text && roles[i + 1] == CommentLineRole.Date
                && CommentAuthorLine.LooksLikeName(lines[i], MaxWordsBeforeDate))
            {
                roles[i] = CommentLineRole.Name;
            }
        }
        var counts = lines.CountBy(l => l).ToDictionary(c => c.Key, c => c.Value);
        for (var i = 0; i < lines.Count; i++)
        {
            var aboveName = roles[i] == CommentLineRole.Name && i + 1 < lines.Count && roles[i + 1] == CommentLineRole.Name;
            if ((roles[i] == CommentLineRole.Text && counts[lines[i]] >= RepeatedLabelCount)
                || (aboveName && counts[lines[i]] >= RepeatedRoleLabelCount))
            {
                roles[i] = CommentLineRole.Skip;
            }
        }
        return roles;
    }

    /// <summary>The author and date a line names, for a head, name or date line.</summary>
    /// <param name="line">A line of the section.</param>
    /// <param name="role">Its role.</param>
    /// <returns>The author (null for a date line) and the date in ISO 8601 where it shows one.</returns>
    public static (string? Author, string? Published) Describe(string line, CommentLineRole role)
    {
        if (CommentVocabulary.IsSaysLine(line, out var says))
        {
            return (says, null);
        }
        var date = DateText.Find(line, out var iso);
        return role switch
        {
            CommentLineRole.Head => (NameBefore(line, date!), iso),
            CommentLineRole.Date => (null, iso),
            _ => (line, null),
        };
    }

    private static CommentLineRole RoleOf(string line)
    {
        if (CommentVocabulary.IsActionLine(line) || CommentVocabulary.IsPingback(line) || BoilerplateClassifier.IsFurniture(line))
        {
            return CommentLineRole.Skip;
        }
        if (CommentVocabulary.IsSaysLine(line, out _))
        {
            return CommentLineRole.Head;
        }
        if (DateText.IsDateLine(line))
        {
            return CommentLineRole.Date;
        }
        var date = DateText.Find(line, out _);
        if (date is not null && date.Index > 0 && DateText.IsDateLine(line[date.Index..])
            && CommentAuthorLine.LooksLikeName(NameBefore(line, date), MaxWordsBeforeDate))
        {
            return CommentLineRole.Head;
        }
        return CommentAuthorLine.LooksLikeName(line) ? CommentLineRole.Name : CommentLineRole.Text;
    }

    // "Armanox June 28, 2015", "Mm on August 2, 2019", "Dave | 3 days ago": the name without its joining word.
    private static string NameBefore(string line, System.Text.RegularExpressions.Match date)
    {
        var name = line[..date.Index].TrimEnd(' ', ',', '|', '-', '–', '—', '·', '@');
        foreach (var joiner in (string[])[" on", " am", " um", " at", " said", " wrote"])
        {
            if (name.EndsWith(joiner, StringComparison.OrdinalIgnoreCase))
            {
                name = name[..^joiner.Length].TrimEnd(' ', ',');
            }
        }
        return name;
    }
}
