using System.IO.Hashing;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Search.Core.Schema;

/// <summary>
/// The index's fields as data, loaded from <c>index-schema/schema.json</c> (carried inside the library).
/// Its <see cref="Hash"/> is written into every index, so an index built under another schema is recognised and refused.
/// </summary>
internal sealed class IndexSchema
{
    private const string ResourceName = "Search.Core.index-schema.schema.json";

    private static readonly Lazy<IndexSchema> Embedded = new(() =>
    {
        using var stream = typeof(IndexSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"resource {ResourceName} is missing from the build");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    });

    private readonly Dictionary<string, FieldDefinition> _byName;

    private readonly string _text;

    private IndexSchema(string text, string name, int version, int gap, string hash, IReadOnlyList<string> languages, IReadOnlyList<FieldDefinition> fields)
    {
        _text = text;
        Languages = languages;
        Name = name;
        Version = version;
        PositionIncrementGap = gap;
        Hash = hash;
        Fields = fields;
        _byName = fields.ToDictionary(f => f.Name);
    }

    /// <summary>The schema this build of the library indexes with.</summary>
    public static IndexSchema Current => Embedded.Value;

    /// <summary>The schema's name.</summary>
    public string Name { get; }

    /// <summary>The schema's version number, raised by hand on deliberate changes.</summary>
    public int Version { get; }

    /// <summary>Positions left empty between two values of one field, so a phrase cannot match across them.</summary>
    public int PositionIncrementGap { get; }

    /// <summary>XXH128 of the schema text (line ends normalised), hex; any change to the file changes it.</summary>
    public string Hash { get; }

    /// <summary>Whether an index's stored schema hash is this schema's.</summary>
    /// <param name="stored">The hash an index was written with.</param>
    public bool IsHashOf(string stored) =>
        stored == Hash
        // Indexes written before 2026-12-03 hold SHA-256 of the same text. It is not the hash any more because
        // SHA-256 loads OpenSSL, which cost every query about 3 ms before it could start.
        || (stored.Length == 64 && stored == Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(_text))));

    /// <summary>The languages whose words are analysed, each recognised by its script (<c>english</c>, <c>russian</c>).</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>All fields, in declaration order.</summary>
    public IReadOnlyList<FieldDefinition> Fields { get; }

    /// <summary>A field by name.</summary>
    /// <param name="name">The field name.</param>
    /// <exception cref="KeyNotFoundException">The schema has no such field.</exception>
    public FieldDefinition this[string name] => _byName[name];

    /// <summary>The fields filled from one source, such as <c>article.title</c>.</summary>
    /// <param name="from">The source.</param>
    /// <returns>Those fields.</returns>
    public IEnumerable<FieldDefinition> FieldsFrom(string from) => Fields.Where(f => f.From == from);

    /// <summary>Parses and checks a schema text.</summary>
    /// <param name="json">The content of a schema file.</param>
    /// <exception cref="FormatException">The text is not a valid schema; the message says what is wrong.</exception>
    public static IndexSchema Parse(string json)
    {
        var normalized = json.Replace("\r\n", "\n");
        var hash = Convert.ToHexStringLower(XxHash128.Hash(Encoding.UTF8.GetBytes(normalized)));
        try
        {
            using var doc = JsonDocument.Parse(normalized);
            var root = doc.RootElement;
            var fields = new List<FieldDefinition>();
            foreach (var f in root.GetProperty("fields").EnumerateArray())
            {
                var field = new FieldDefinition(
                    f.GetProperty("name").GetString()!,
                    f.GetProperty("from").GetString()!,
                    f.TryGetProperty("holds", out var holds) ? holds.GetString() ?? "" : "",
                    f.GetProperty("analyzer").GetString()!,
                    f.GetProperty("indexed").GetBoolean(),
                    f.GetProperty("stored").GetBoolean(),
                    f.TryGetProperty("boost", out var boost) ? boost.GetSingle() : 1f,
                    f.TryGetProperty("on", out var on) ? [.. on.EnumerateArray().Select(k => k.GetString()!)] : [DocumentKind.Article],
                    f.TryGetProperty("searchedAs", out var searchedAs) ? searchedAs.GetString() : null);
                Check(field);
                fields.Add(field);
            }
            var duplicate = fields.GroupBy(f => f.Name).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                throw new FormatException($"field \"{duplicate.Key}\" is declared twice");
            }
            var languages = root.GetProperty("languages").EnumerateArray().Select(l => l.GetProperty("name").GetString()!).ToList();
            if (languages.FirstOrDefault(l => !SchemaSources.Languages.Contains(l)) is { } unknown)
            {
                throw new FormatException($"language \"{unknown}\" is not one this build analyses ({string.Join(", ", SchemaSources.Languages)})");
            }
            return new IndexSchema(
                normalized,
                root.GetProperty("name").GetString()!,
                root.GetProperty("version").GetInt32(),
                root.GetProperty("positionIncrementGap").GetInt32(),
                hash,
                languages,
                fields);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException("index schema is not valid: " + e.Message, e);
        }
    }

    private static void Check(FieldDefinition field)
    {
        if (!SchemaSources.All.Contains(field.From))
        {
            throw new FormatException($"field \"{field.Name}\" is filled from unknown source \"{field.From}\"");
        }
        if (!SchemaSources.Analyzers.Contains(field.Analyzer))
        {
            throw new FormatException($"field \"{field.Name}\" names unknown analyzer \"{field.Analyzer}\"");
        }
        if (field.Indexed && field.Analyzer == "none")
        {
            throw new FormatException($"field \"{field.Name}\" is indexed but has analyzer \"none\"");
        }
        if (field.Analyzer is "minhash" or "fingerprint" or "column" or "day" && (field.Indexed || field.Stored))
        {
            throw new FormatException($"field \"{field.Name}\" is a column ({field.Analyzer}): it is neither indexed nor stored");
        }
        if (field.On.FirstOrDefault(k => !DocumentKind.All.Contains(k)) is { } kind)
        {
            throw new FormatException($"field \"{field.Name}\" is on unknown document kind \"{kind}\"");
        }
    }
}
