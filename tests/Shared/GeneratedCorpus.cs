using System.Globalization;
using System.Text.Json;

namespace Search.Tests.Shared;

/// <summary>
/// Writes a JSON Lines corpus of made-up articles, the same for the same seed: words from a small vocabulary,
/// a source, url and date, and comment threads with named and anonymous authors, nested replies and posting times.
/// Every field of the interchange format is written (an absent parent or author is written as null), in the form
/// the reader keeps, so an export of the indexed file can be compared with the file itself, field for field.
/// </summary>
internal static class GeneratedCorpus
{
    private static readonly string[] Vocabulary =
    [
        "river", "market", "council", "winter", "harbour", "treaty", "engine", "garden", "ledger", "signal",
        "valley", "summit", "archive", "bridge", "cabinet", "canal", "census", "colony", "courier", "delta",
        "embassy", "factory", "ferry", "frontier", "granary", "highway", "island", "journal", "lantern", "meadow",
        "minister", "mission", "orchard", "parliament", "pipeline", "plateau", "province", "quarry", "railway", "reactor",
        "reform", "regiment", "reservoir", "satellite", "senate", "shipyard", "spring", "station", "tariff", "telegraph",
        "theatre", "timber", "tunnel", "union", "village", "vineyard", "voyage", "warehouse", "weather", "workshop",
        "agreed", "built", "closed", "crossed", "delayed", "doubled", "drafted", "elected", "expanded", "failed",
        "funded", "opened", "printed", "raised", "reported", "signed", "sold", "studied", "traded", "visited",
        "quietly", "early", "late", "again", "never", "often", "slowly", "together", "abroad", "nearby",
        "the", "a", "of", "and", "in", "to", "with", "for", "after", "before",
    ];

    private static readonly string?[] Authors = ["Ann Lee", "Boris Krall", "Chen Wei", "Dana Ortiz", "Émile Roux", null, null];

    private static readonly string[] Sources = ["The Seeded Times", "Generator Wire", "Daily Vocabulary"];

    /// <summary>Writes <paramref name="articles"/> articles with ids <c>gen-000000</c>, ... to <paramref name="path"/>.</summary>
    /// <param name="path">The .jsonl file to write.</param>
    /// <param name="articles">How many articles.</param>
    /// <param name="bodyWords">About how many words each body has.</param>
    /// <param name="seed">The same seed gives the same file.</param>
    public static void WriteJsonLines(string path, int articles, int bodyWords, int seed)
    {
        var random = new Random(seed);
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        using var json = new Utf8JsonWriter(stream);
        var day = new DateOnly(2020, 1, 1);
        for (var i = 0; i < articles; i++)
        {
            json.WriteStartObject();
            json.WriteString("id", string.Create(CultureInfo.InvariantCulture, $"gen-{i:D6}"));
            json.WriteString("title", Capitalised(Words(random, random.Next(4, 10))));
            json.WriteString("source", Sources[random.Next(Sources.Length)]);
            json.WriteString("url", string.Create(CultureInfo.InvariantCulture, $"https://news.example/{i}"));
            var published = day.AddDays(random.Next(1500));
            json.WriteString("published", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            var paragraphs = random.Next(2, 5);
            json.WriteString("body", string.Join("\n\n",
                Enumerable.Range(0, paragraphs).Select(_ => Capitalised(Words(random, bodyWords / paragraphs)) + ".")));
            json.WriteStartArray("comments");
            var comments = random.Next(0, 4);
            for (var c = 1; c <= comments; c++)
            {
                json.WriteStartObject();
                json.WriteString("id", string.Create(CultureInfo.InvariantCulture, $"c{c}"));
                json.WriteString("parent", c > 1 && random.Next(3) == 0
                    ? string.Create(CultureInfo.InvariantCulture, $"c{random.Next(1, c)}")
                    : null);
                json.WriteString("author", Authors[random.Next(Authors.Length)]);
                // Derived from the positions, not drawn: the same seed keeps giving the same articles as before
                // comments had times (the big corpus of the process tests is made from this generator).
                json.WriteString("published", string.Create(CultureInfo.InvariantCulture,
                    $"{published.AddDays(c):yyyy-MM-dd}T{(i + c * 5) % 24:D2}:{(i * 7 + c) % 60:D2}:00Z"));
                json.WriteString("body", Capitalised(Words(random, random.Next(5, 30))) + "?");
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.Flush();
            json.Reset();
            stream.WriteByte((byte)'\n');
        }
    }

    private static string Words(Random random, int count) =>
        string.Join(' ', Enumerable.Range(0, Math.Max(1, count)).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]));

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
