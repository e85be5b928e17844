using Lucene.Net.Util;
using Search.Core.Batch;

namespace Search.Core.Who;

/// <summary>One narrative's matching units, per segment, before they are grouped; or why it has none.</summary>
/// <param name="Query">The narrative.</param>
/// <param name="Matched">Its matching documents of the unit counted, per segment; null when it failed.</param>
/// <param name="Count">How many.</param>
/// <param name="Error">Why it failed, or null.</param>
/// <param name="Notes">How its query was read.</param>
internal sealed record NarrativeMatches(BatchQuery Query, Dictionary<int, FixedBitSet>? Matched, long Count, string? Error, IReadOnlyList<string> Notes);
