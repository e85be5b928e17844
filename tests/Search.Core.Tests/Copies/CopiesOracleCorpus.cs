using System.Text.Json;

namespace Search.Core.Tests.Copies;

/// <summary>
/// A generated corpus whose copies are known by construction, for checking counts with copies once against a
/// brute-force count. Bodies are sentences of random made-up words (unrelated bodies share almost no shingle); a
/// third of the articles are republished once or twice with a lead line and a footer added and one word changed;
/// a fifth of the comments repeat an earlier comment in other case and punctuation. Every article and comment has a
/// day of its own, so "earliest" never ties. Four marker words (no stemmer changes them) are scattered through titles,
/// bodies and comments for the queries.
/// </summary>
internal sealed class CopiesOracleCorpus : IDisposable
{
    public static readonly string[] Markers = ["brak", "trel", "vosk", "quim"];

    private readonly IndexedJsonLines _corpus = new();

    public CopiesOracleCorpus(int seed)
    {
        var random = new Random(seed);
        var vocabulary = Enumerable.Range(0, 400).Select(_ => Word(random)).Distinct().Except(Markers).ToArray();
        string Sentence(int words) =>
            string.Join(' ', Enumerable.Range(0, words).Select(_ => random.Next(12) == 0 ? Markers[random.Next(Markers.Length)] : vocabulary[random.Next(vocabulary.Length)])) + ".";
        var day = new DateOnly(2021, 1, 1);
        DateOnly Next() => day = day.AddDays(1 + random.Next(3));
        var pasted = new List<string>();
        for (var i = 0; i < 70; i++)
        {
            var paragraphs = Enumerable.Range(0, 3 + random.Next(3)).Select(_ => Sentence(12) + " " + Sentence(10)).ToList();
            var copies = random.Next(3) == 0 ? 1 + random.Next(2) : 0;
            var id = $"a{i:D3}";
            Add(new OracleArticle(id, id, Sentence(5), $"Site {random.Next(5)}", Next(), paragraphs, Comments(id)));
            for (var c = 0; c < copies; c++)
            {
                var edited = paragraphs.ToList();
                var p = random.Next(edited.Count);
                var words = edited[p].Split(' ');
                words[random.Next(words.Length)] = vocabulary[random.Next(vocabulary.Length)];
                edited[p] = string.Join(' ', words);
                edited.Insert(0, "Originally published elsewhere.");
                edited.Add("Republished with permission. Follow us for more.");
                var copyId = $"{id}-copy{c + 1}";
                Add(new OracleArticle(copyId, id, "Opinion | " + Sentence(5), $"Site {5 + random.Next(3)}", Next(), edited, Comments(copyId)));
            }
        }
        _corpus.Write("articles.jsonl", Articles.Select(Json));
        _corpus.RunIndexer();

        List<OracleComment> Comments(string article)
        {
            var comments = new List<OracleComment>();
            for (var c = 0; c < random.Next(5); c++)
            {
                string text, group;
                if (pasted.Count > 0 && random.Next(5) == 0)
                {
                    var original = pasted[random.Next(pasted.Count)];
                    (text, group) = (random.Next(2) == 0 ? original.ToUpperInvariant() : original.Replace(".", "!!").Replace(" ", "  "), original);
                }
                else
                {
                    text = group = Sentence(7 + random.Next(4));
                    pasted.Add(text);
                }
                comments.Add(new OracleComment($"c{c + 1}", $"Reader {random.Next(8)}", Next(), text, group));
            }
            return comments;
        }
    }

    /// <summary>Every article, in the order written.</summary>
    public List<OracleArticle> Articles { get; } = [];

    public string Corpus => _corpus.Corpus;

    public string Index => _corpus.Index;

    public void Dispose() => _corpus.Dispose();

    private void Add(OracleArticle article) => Articles.Add(article);

    private static string Word(Random random) =>
        string.Concat(Enumerable.Range(0, 4 + random.Next(3)).Select(i => i % 2 == 0 ? "bcdfgklmnprtvz"[random.Next(14)] : "aeiou"[random.Next(5)]));

    private static string Json(OracleArticle a) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["id"] = a.Id,
        ["title"] = a.Title,
        ["source"] = a.Source,
        ["published"] = a.Day.ToString("yyyy-MM-dd"),
        ["body"] = string.Join("\n\n", a.Paragraphs),
        ["comments"] = a.Comments.Select(c => new Dictionary<string, object?>
        {
            ["id"] = c.Id, ["parent"] = null, ["author"] = c.Author, ["published"] = c.Day.ToString("yyyy-MM-dd"), ["body"] = c.Text,
        }).ToList(),
    });
}
