using System.Globalization;
using System.Text.Json.Nodes;
using Search.Core.Querying;

namespace Search.Core.Tests.Who;

/// <summary>
/// Generated articles made to tell the rules of <c>search who</c> apart, indexed once for a test class, with the oracle
/// that reads the same lines. The generator's articles and comments are kept, and varied where who looks: names
/// spelled several ways, anonymous comments, articles with and without a site or byline, long threads, dates left out,
/// and two busy days on which many matches tie.
/// </summary>
public sealed class WhoCorpusIndex : IDisposable
{
    /// <summary>A day before every generated one (the generator's run from 2020-01-01), with many articles on it.</summary>
    public static readonly DateOnly EarlyBusyDay = new(2019, 12, 30);

    /// <summary>A day after every generated one, with many articles on it.</summary>
    public static readonly DateOnly LateBusyDay = new(2024, 6, 3);

    /// <summary>A commenter who only writes undated comments under undated articles: no first or last day.</summary>
    public const string UndatedCommenter = "Una Dett";

    // One name in up to three spellings (case, a double space, a typographic apostrophe), anonymous ones (no author,
    // or only spaces), and single-spelled names.
    private static readonly string?[] Commenters =
        ["Tomko Kubianca", "tomko  kubianca", "TOMKO KUBIANCA", "Pat O'Hara", "Pat O\u2019Hara", "pat  o\u2019hara",
         "Ann Lee", "Boris Krall", "Chen Wei", "\u00c9mile Roux", "Dana Ortiz", "Kofi Mensah", null, null, "   "];

    private static readonly string?[] Sources = ["The Seeded Times", "the seeded  times", "Generator Wire", "GENERATOR WIRE", "Daily Vocabulary", null];

    private static readonly string?[] Bylines = ["Mara O'Neil", "Mara O\u2019Neil", "MARA  O'NEIL", "Jon Tate", "jon tate", "Lee Park", null];

    // Added to a quarter of the comments, so that every narrative is said often; the second splits its phrase over
    // two paragraphs, where it is not a phrase.
    private static readonly string[] Sentences =
        ["The harbour closed early.", "Harbour.\n\nClosed again, they said.", "The council signed the treaty.",
         "Winter came to the harbour.", "The engine failed in the garden.", "The engine reported winter."];

    private readonly IndexedJsonLines _corpus = new();

    public WhoCorpusIndex()
    {
        var generated = _corpus.Folder["generated.jsonl"];
        GeneratedCorpus.WriteJsonLines(generated, articles: 300, bodyWords: 60, seed: 53);
        var lines = File.ReadAllLines(generated);
        var bodies = lines.SelectMany(l => JsonNode.Parse(l)!["comments"]!.AsArray().Select(c => (string)c!["body"]!)).ToList();
        var random = new Random(53);
        Lines = [.. lines.Select((line, i) => Varied(line, i, random, bodies))];
        _corpus.Write("articles.jsonl", Lines);
        var summary = _corpus.RunIndexer();
        if (summary.Warnings.Count > 0)
        {
            throw new InvalidOperationException("the who corpus indexed with warnings: " + summary.Warnings[0]);
        }
        Engine = _corpus.OpenEngine();
        Oracle = new WhoOracle(Lines);
    }

    /// <summary>The corpus as indexed, one article a line.</summary>
    internal IReadOnlyList<string> Lines { get; }

    public SearchEngine Engine { get; }

    internal WhoOracle Oracle { get; }

    public void Dispose()
    {
        Engine.Dispose();
        _corpus.Dispose();
    }

    // Article i: undated when i % 9 == 4; on a busy day when i % 23 is 3 or 17; a site and a byline drawn (either may
    // be none); a third of the articles and every busy one get more comments, bodies of other generated comments, so
    // that threads are long enough for a share of them to mean something.
    private static string Varied(string line, int i, Random random, List<string> bodies)
    {
        var article = JsonNode.Parse(line)!.AsObject();
        var generatedDay = DateOnly.ParseExact((string)article["published"]!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        DateOnly? day = i % 9 == 4 ? null : i % 23 == 3 ? EarlyBusyDay : i % 23 == 17 ? LateBusyDay : generatedDay;
        var busy = day == EarlyBusyDay || day == LateBusyDay;
        if (day is { } d)
        {
            article["published"] = Iso(d);
        }
        else
        {
            article.Remove("published");
        }
        // Undated articles of a site and a byline of their own: groups with no dated article at all.
        article["source"] = day is null && i % 2 == 0 ? "Undated Gazette" : Sources[random.Next(Sources.Length)];
        article["author"] = day is null && i / 9 % 3 == 0 ? "Ghost Writer" : Bylines[random.Next(Bylines.Length)];
        var comments = article["comments"]!.AsArray();
        if (i % 3 == 1 || busy)
        {
            for (var n = 2 + i % 6; n > 0; n--)
            {
                comments.Add(new JsonObject { ["id"] = $"c{comments.Count + 1}", ["parent"] = null, ["body"] = bodies[random.Next(bodies.Count)] });
            }
        }
        // Every fifth thread is a pile-on: two thirds of its comments say one thing, so that it is dense for a narrative.
        var pileOn = i % 5 == 2 ? Sentences[random.Next(Sentences.Length)] : null;
        for (var c = 1; c <= comments.Count; c++)
        {
            var comment = comments[c - 1]!.AsObject();
            comment["published"] = Published(i, c, day, generatedDay, busy);
            // Under an undated article, every other comment without a date of its own is one commenter's.
            comment["author"] = day is null && comment["published"] is null && c % 2 == 1
                ? (c % 4 == 1 ? UndatedCommenter : UndatedCommenter.ToLowerInvariant())
                : Commenters[random.Next(Commenters.Length)];
            if (pileOn is not null ? random.Next(3) != 0 : random.Next(4) == 0)
            {
                comment["body"] = (string)comment["body"]! + "\n\n" + (pileOn ?? Sentences[random.Next(Sentences.Length)]);
            }
        }
        return article.ToJsonString();
    }

    // On a busy day a comment has the same time as others (12:00), the day alone, or none (its article's day, the
    // same text as the day alone): ties broken by article id, then place in the thread. Elsewhere comment c is dated
    // c days after the generated day, except when (i + c) % 4 == 0; so undated articles have both dated and undated
    // comments.
    private static string? Published(int i, int c, DateOnly? day, DateOnly generatedDay, bool busy) =>
        busy ? (c % 3) switch { 0 => null, 1 => Iso(day!.Value) + "T12:00:00Z", _ => Iso(day!.Value) }
        : (i + c) % 4 == 0 ? null
        : string.Create(CultureInfo.InvariantCulture, $"{Iso(generatedDay.AddDays(c))}T{(i + c * 5) % 24:D2}:{(i * 7 + c) % 60:D2}:00Z");

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
