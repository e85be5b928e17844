namespace Search.Core.Querying.Syntax;

/// <summary>
/// Runs of two or more plain words typed one after another in an AND group (<c>multipolar world</c> without quotes):
/// they earn a proximity bonus where they stand together, and are highlighted there as one span.
/// </summary>
internal static class AdjacentWords
{
    /// <summary>Each run's words joined by spaces, in query order. Prefixes and fuzzy words end a run.</summary>
    public static IEnumerable<string> Runs(IReadOnlyList<QueryNode> required)
    {
        var run = new List<string>();
        foreach (var node in required.Append(null))
        {
            if (node is WordNode { Prefix: false, FuzzyEdits: null } word)
            {
                run.Add(word.Text);
                continue;
            }
            if (run.Count >= 2)
            {
                yield return string.Join(' ', run);
            }
            run.Clear();
        }
    }
}
