using Search.Core.Querying;

namespace Search.Core.Tests.Querying.LuceneParity;

/// <summary>What the parity tests compare: our engine over the corpus, and both query sets with the reference's totals.</summary>
/// <param name="Engine">Our engine, over our index of the corpus the reference indexed.</param>
/// <param name="Generated">make_queries.py's set over the generated corpus.</param>
/// <param name="Own">OwnQueries.tsv.</param>
/// <param name="Timings">How long each step of preparing took, for the test output.</param>
internal sealed record PreparedParity(SearchEngine Engine, ParityQuerySet Generated, ParityQuerySet Own, string Timings);
