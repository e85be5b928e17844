using System.Text.Json;
using Search.Core.Copies;
using Search.Core.Indexing;
using Search.Core.Storage;

namespace Search.Core.Tests.Copies;

/// <summary>
/// A corpus folder of one JSON Lines file per article, written from code, indexed on demand: A, its syndicated copy
/// A2 (another site, a prefix in the title, a line before and a footer after, one phrase changed), B quoting one
/// paragraph of A, and an unrelated C; comment T posted under A by one author and under B by another, with other
/// case and punctuation; "Thanks!" in three threads; a comment one word away from T.
/// </summary>
internal sealed class CopiesCorpus : IDisposable
{
    public static readonly string[] BodyOfA =
    [
        "Leaders gathered in Moscow this week to discuss what officials called the arrival of a multipolar world, in which no single power sets the rules for everyone else.",
        "The foreign minister told reporters that the old order built around Washington was ending, and that new partnerships in Asia, Africa and Latin America would shape trade and security for decades.",
        "Several delegations signed agreements on settling trade in national currencies, a step the ministry described as practical rather than symbolic.",
        "Critics in Europe said the summit produced more slogans than commitments, noting that most of the agreements repeat promises made two years ago.",
        "The next meeting is planned for the autumn, when the group expects to discuss a common payment system and new members.",
    ];

    public static readonly string[] BodyOfA2 =
    [
        "Originally published by Kremlin Daily.",
        BodyOfA[0], BodyOfA[1].Replace("told reporters", "said"), BodyOfA[2], BodyOfA[3], BodyOfA[4],
        "This article first appeared on Kremlin Daily and is republished with permission. Follow us on Telegram for more.",
    ];

    public static readonly string[] BodyOfB =
    [
        "Every few months a summit announces that the multipolar world has finally arrived, and every few months the details turn out to be thinner than the headlines.",
        "This week's statement from Moscow is typical. As one report put it:",
        BodyOfA[1],
        "Yet the trade figures tell a more modest story. Settlements in national currencies remain a small share of the total, and most contracts are still priced in dollars or euros.",
        "Analysts in Riga and Warsaw argue that the phrase serves a domestic audience first: it turns isolation into a choice and sanctions into a sign of strength.",
    ];

    public static readonly string[] BodyOfC =
    [
        "Officials in the Baltic states warned on Tuesday that hybrid war tactics, from cyber attacks to staged protests, had become a daily reality along their eastern borders.",
        "A report by the Estonian security service describes dozens of incidents last year, including sabotage attempts on railway lines and a wave of fake bomb threats against schools.",
    ];

    public const string T = "The West will never accept a multipolar world, it wants to rule alone.";

    private readonly TempFolder _dir = new();

    public string Corpus => _dir["corpus"];

    public string Index => _dir["index"];

    public void Dispose() => _dir.Dispose();

    /// <summary>Writes A, A2, B and C, each in its own file named after it.</summary>
    public CopiesCorpus WriteAll()
    {
        WriteA();
        WriteA2();
        WriteB();
        Write("c", "2023-03-08", "Baltic Times", BodyOfC);
        return this;
    }

    public void WriteA() => Write("a", "2023-03-01", "Kremlin Daily", BodyOfA,
        ("c1", "Tomko Kubianca", T), ("c2", "Anna Berg", "Thanks!"));

    public void WriteA2() => Write("a2", "2023-03-03", "Global Echo", BodyOfA2, ("c1", "Anna Berg", "Thanks!"));

    public void WriteB() => Write("b", "2023-03-05", "Riga Review", BodyOfB,
        ("c1", "Vera Sol", "the west will NEVER accept a multipolar world -- it wants to rule alone!"),
        ("c2", "Anna Berg", "Thanks!"),
        ("c3", "Piotr Nowak", "The West will never accept a multipolar world, it wants to rule the seas."));

    public void Write(string id, string published, string source, string[] body, params (string Id, string Author, string Text)[] comments)
    {
        var record = new Dictionary<string, object>
        {
            ["id"] = id,
            ["title"] = $"Article {id}",
            ["source"] = source,
            ["published"] = published,
            ["body"] = string.Join("\n\n", body),
            ["comments"] = comments.Select(c => new Dictionary<string, object?>
            {
                ["id"] = c.Id, ["parent"] = null, ["author"] = c.Author, ["published"] = published, ["body"] = c.Text,
            }).ToList(),
        };
        _dir.Write($"corpus/{id}.jsonl", JsonSerializer.Serialize(record) + "\n");
    }

    public void Delete(string id) => File.Delete(_dir[$"corpus/{id}.jsonl"]);

    public IndexSummary Run(bool rebuild = false, double? threshold = null) =>
        CorpusIndexer.Run(new IndexRequest(Corpus, Index, rebuild, CopyThreshold: threshold));

    /// <summary>The groups found, each as its members' keys, earliest first.</summary>
    public List<string> Groups(CopyKind kind)
    {
        using var index = ArticleIndex.Open(Index);
        return [.. CopyFinder.Find(index, kind).Clusters.Select(c => string.Join(" ", c.Members.Select(m => m.Key)))];
    }
}
