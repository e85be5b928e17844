using Search.Core.Batch;

namespace Search.Core.Who;

/// <summary>One narrative as counted, before its groups are described from the stored fields.</summary>
/// <param name="Query">The narrative.</param>
/// <param name="Shown">The groups kept, best first.</param>
/// <param name="Groups">How many groups had enough matches, before the top was kept.</param>
/// <param name="ByPeriod">The kept groups' matches per period slot, when counted by period.</param>
/// <param name="Error">Why it failed, or null.</param>
/// <param name="Notes">How its query was read.</param>
/// <param name="Collapsed">With copies counted once: each group's matches (and per period slot, by period) less the copies left out.</param>
internal sealed record NarrativeCount(
    BatchQuery Query,
    IReadOnlyList<ShownGroup> Shown,
    int Groups,
    Dictionary<(int Group, int Slot), GroupTally>? ByPeriod,
    string? Error,
    IReadOnlyList<string> Notes,
    Dictionary<(int Group, int Slot), long>? Collapsed = null);
