using Search.Core.Batch;

namespace Search.Core.Who;

/// <summary>The groups of one narrative, or the error that kept it from being counted.</summary>
/// <param name="Query">The narrative as its input line gave it.</param>
/// <param name="Rows">Its rows, best group first (and by period within a group, with <see cref="WhoRequest.ByPeriod"/>).</param>
/// <param name="Groups">How many groups had at least the least matches asked for, before <see cref="WhoRequest.Top"/> cut them.</param>
/// <param name="Error">Why it could not be counted, or null.</param>
/// <param name="Notes">What the user should know about how its query was read.</param>
public sealed record NarrativeWho(BatchQuery Query, IReadOnlyList<WhoRow> Rows, int Groups, string? Error, IReadOnlyList<string> Notes);
