using Search.Core.Privacy;
using Search.Core.Querying;

namespace Search.Cli.Output;

/// <summary>
/// Search results with each comment match's author as its token, before any printer sees them: every format of
/// <c>query</c> and <c>batch</c> then prints tokens without knowing of them, and none can be missed.
/// </summary>
internal static class PseudonymousResults
{
    /// <summary>The results as found, or, with pseudonyms, with every hit's comment authors replaced.</summary>
    public static SearchResults Apply(Pseudonyms? pseudonyms, SearchResults results) => pseudonyms is null
        ? results
        : results with { Hits = [.. results.Hits.Select(hit => hit with { Matches = [.. hit.Matches.Select(pseudonyms.Apply)] })] };
}
