using Search.Core.Storage;

namespace Search.Core.Indexing;

/// <summary>What to index, and where.</summary>
/// <param name="Corpus">The corpus folder.</param>
/// <param name="Index">The index folder; created when missing.</param>
/// <param name="Rebuild">Index every file anew, whatever the index holds (also mends a damaged or mismatched index).</param>
/// <param name="Threads">Analysis threads; 0 means one per core.</param>
/// <param name="WaitForLock">Wait while another process updates the index, instead of failing at once.</param>
/// <param name="CopyThreshold">
/// The least similarity at which two bodies count as copies (<see cref="IndexMetadata.MinCopyThreshold"/> to 1); null
/// keeps the index's own, or <see cref="IndexMetadata.DefaultCopyThreshold"/> for a new one. Changing it re-reads nothing:
/// copies are grouped from the signatures when they are asked for.
/// </param>
public sealed record IndexRequest(string Corpus, string Index, bool Rebuild = false, int Threads = 0, bool WaitForLock = false, double? CopyThreshold = null);
