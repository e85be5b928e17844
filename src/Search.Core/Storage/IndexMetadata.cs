using System.Globalization;
using Search.Core.Errors;
using Search.Core.Schema;

namespace Search.Core.Storage;

/// <summary>What an index records about itself in each commit: the schema it was built with, its corpus, and when.</summary>
/// <param name="SchemaName">The schema's name.</param>
/// <param name="SchemaVersion">The schema's version.</param>
/// <param name="SchemaHash">The schema's hash.</param>
/// <param name="Corpus">The corpus folder's full path.</param>
/// <param name="IndexedAt">When the commit was made, UTC.</param>
/// <param name="CorpusStamp">The fingerprint of the corpus scan the commit reflects (see <see cref="Indexing.CorpusStamp"/>).</param>
/// <param name="CopyThreshold">The least similarity (0 to 1) at which two article bodies count as copies.</param>
public sealed record IndexMetadata(string SchemaName, int SchemaVersion, string SchemaHash, string Corpus, DateTimeOffset IndexedAt, string CorpusStamp,
    double CopyThreshold = IndexMetadata.DefaultCopyThreshold)
{
    /// <summary>
    /// The copy threshold an index gets unless <c>search index --copy-threshold</c> says otherwise: half of the
    /// shingles in common, so a copy cut to 60% of its text, or with one word in twenty changed, still counts, while
    /// an article quoting one paragraph of another does not.
    /// </summary>
    public const double DefaultCopyThreshold = 0.5;

    /// <summary>
    /// The lowest copy threshold an index accepts: the banding that finds candidate pairs is tuned for it (a pair at
    /// 0.5 is found 87% of the time, at 0.6 99%); lower, it would miss most pairs it is asked for.
    /// </summary>
    public const double MinCopyThreshold = 0.5;

    private const string CopyThresholdKey = "search.copy_threshold";
    private const string SchemaNameKey = "search.schema.name";
    private const string SchemaVersionKey = "search.schema.version";
    private const string SchemaHashKey = "search.schema.hash";
    private const string CorpusKey = "search.corpus";
    private const string IndexedAtKey = "search.indexed_at";
    private const string CorpusStampKey = "search.corpus_stamp";

    /// <summary>The metadata for a commit made now.</summary>
    /// <param name="schema">The schema in use.</param>
    /// <param name="corpus">The corpus folder.</param>
    /// <param name="corpusStamp">The fingerprint of the corpus scan the commit reflects.</param>
    /// <param name="copyThreshold">The copy threshold.</param>
    internal static IndexMetadata For(IndexSchema schema, string corpus, string corpusStamp, double copyThreshold) =>
        new(schema.Name, schema.Version, schema.Hash, Path.GetFullPath(corpus), DateTimeOffset.UtcNow, corpusStamp, copyThreshold);

    /// <summary>The metadata as Lucene commit user data.</summary>
    /// <returns>The key-value pairs.</returns>
    internal IDictionary<string, string> ToCommitData() => new Dictionary<string, string>
    {
        [SchemaNameKey] = SchemaName,
        [SchemaVersionKey] = SchemaVersion.ToString(CultureInfo.InvariantCulture),
        [SchemaHashKey] = SchemaHash,
        [CorpusKey] = Corpus,
        [IndexedAtKey] = IndexedAt.ToString("O", CultureInfo.InvariantCulture),
        [CorpusStampKey] = CorpusStamp,
        [CopyThresholdKey] = CopyThreshold.ToString("R", CultureInfo.InvariantCulture),
    };

    /// <summary>Reads the metadata of a commit.</summary>
    /// <param name="data">The commit's user data.</param>
    /// <returns>The metadata; an index written by something else gets empty values that match no schema.</returns>
    internal static IndexMetadata FromCommitData(IDictionary<string, string> data)
    {
        string Get(string key) => data.TryGetValue(key, out var v) ? v : "";
        _ = int.TryParse(Get(SchemaVersionKey), CultureInfo.InvariantCulture, out var version);
        _ = DateTimeOffset.TryParse(Get(IndexedAtKey), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at);
        var threshold = double.TryParse(Get(CopyThresholdKey), NumberStyles.Float, CultureInfo.InvariantCulture, out var t) ? t : DefaultCopyThreshold;
        return new IndexMetadata(Get(SchemaNameKey), version, Get(SchemaHashKey), Get(CorpusKey), at, Get(CorpusStampKey), threshold);
    }

    /// <summary>Refuses an index built with another schema than <paramref name="schema"/>.</summary>
    /// <param name="schema">The schema this build uses.</param>
    /// <param name="indexPath">The index folder, for the message.</param>
    /// <exception cref="SearchException">The schemas differ.</exception>
    internal void RequireSchema(IndexSchema schema, string indexPath)
    {
        if (schema.IsHashOf(SchemaHash))
        {
            return;
        }
        var built = SchemaHash.Length == 0
            ? "an unknown schema"
            : $"schema {SchemaName} v{SchemaVersion} ({SchemaHash[..Math.Min(12, SchemaHash.Length)]})";
        throw new SearchException(SearchErrorKind.SchemaMismatch,
            $"the index at {indexPath} was built with {built}, but this version of search uses {schema.Name} v{schema.Version} ({schema.Hash[..12]}).\n" +
            "Run `search index --rebuild` to rebuild it from the corpus.");
    }
}
