using System.Text;

namespace Search.Core.Tests.Querying.LuceneParity;

/// <summary>
/// The query-by-query comparison of one query set's totals: which agree, which differ for a documented reason, which
/// differ for none, and which documented exceptions no longer differ. A failure lists every offending query, not
/// the first, since a parity break usually shows as a pattern across many (one query class, one operator).
/// </summary>
internal sealed class ParityReport
{
    public ParityReport(string setName, IReadOnlyList<QueryTotals> totals, DocumentedExceptions exceptions)
    {
        SetName = setName;
        Totals = totals;
        foreach (var row in totals)
        {
            var why = exceptions.WhyFor(row.Query);
            if (!row.Differ)
            {
                if (why is not null)
                {
                    Stale.Add($"{row}\t(listed: {why})");
                }
            }
            else if (why is not null)
            {
                Excused.Add($"{row}\t(Exceptions.tsv: {why})");
            }
            else if (StopWordsOnlyRule.Excuses(row))
            {
                Excused.Add($"{row}\t(stop words only)");
            }
            else
            {
                Unexplained.Add(row.ToString());
            }
        }
    }

    public string SetName { get; }

    public IReadOnlyList<QueryTotals> Totals { get; }

    public int Equal => Totals.Count(t => !t.Differ);

    /// <summary>Differences with a reason: listed in Exceptions.tsv or excused by <see cref="StopWordsOnlyRule"/>.</summary>
    public List<string> Excused { get; } = [];

    /// <summary>Differences with no reason: each one fails the test.</summary>
    public List<string> Unexplained { get; } = [];

    /// <summary>Queries listed in Exceptions.tsv whose totals now agree: the entry is to be removed.</summary>
    public List<string> Stale { get; } = [];

    /// <summary>One line of counts, then every excused difference.</summary>
    public string Summary()
    {
        var text = new StringBuilder()
            .Append($"{SetName}: {Equal} of {Totals.Count} queries get the reference's total; ")
            .Append($"{Excused.Count} differ for a documented reason, {Unexplained.Count} for none; ")
            .Append($"{Totals.Count(t => t.Ours < 0)} refused by us, {Totals.Count(t => t.Reference < 0)} by the reference\n");
        foreach (var line in Excused)
        {
            text.Append("  excused: ").Append(line).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>What fails the test, or null when nothing does.</summary>
    public string? Failure()
    {
        if (Unexplained.Count == 0 && Stale.Count == 0)
        {
            return null;
        }
        var text = new StringBuilder(Summary());
        if (Unexplained.Count > 0)
        {
            text.Append($"{Unexplained.Count} queries differ from the reference (id, query, ours, reference); ")
                .Append($"fix them, or list them with the reason in {DocumentedExceptions.FilePath}:\n");
            foreach (var line in Unexplained)
            {
                text.Append("  ").Append(line).Append('\n');
            }
        }
        if (Stale.Count > 0)
        {
            text.Append($"{Stale.Count} queries listed in {DocumentedExceptions.FilePath} now agree with the reference; remove their entries:\n");
            foreach (var line in Stale)
            {
                text.Append("  ").Append(line).Append('\n');
            }
        }
        return text.ToString();
    }
}
