using Lucene.Net.Search;
using Search.Core.Snippets;

namespace Search.Core.Querying;

/// <summary>A query made ready to run, whichever syntax it was written in.</summary>
/// <param name="Matching">What decides which articles match, and their scores.</param>
/// <param name="ProximityBonus">What reorders the best hits (words standing together), or null.</param>
/// <param name="Highlights">Works out the highlight units, only when snippets are wanted.</param>
/// <param name="Words">The query's words, for spelling suggestions when nothing matched.</param>
/// <param name="Notes">What the user should know about how the query was read (stop words searched as written).</param>
internal sealed record ParsedQuery(
    Query Matching,
    Query? ProximityBonus,
    Func<IReadOnlyList<HighlightUnit>> Highlights,
    IReadOnlyList<string> Words,
    IReadOnlyList<string> Notes);
