using Search.Core.Corpus;

namespace Search.MicroBench;

/// <summary>Real text to measure on: the first article of the repository's corpus.</summary>
internal static class SampleArticle
{
    /// <summary>The article of the corpus's first page (<c>.txt</c>), by file name.</summary>
    public static Article Load()
    {
        var first = Directory.EnumerateFiles(Repository.Corpus, "*.txt").Order(StringComparer.Ordinal).FirstOrDefault()
            ?? throw new InvalidOperationException($"no .txt page in {Repository.Corpus}");
        var warnings = new List<CorpusWarning>();
        return CorpusFileReader.Read(first, Path.GetFileName(first), warnings).FirstOrDefault()
            ?? throw new InvalidOperationException($"{first} holds no article: {string.Join("; ", warnings)}");
    }

    /// <summary>The article's first paragraphs, as many as make up at least <paramref name="length"/> characters.</summary>
    public static IReadOnlyList<string> LeadingParagraphs(Article article, int length)
    {
        var paragraphs = new List<string>();
        var total = 0;
        foreach (var paragraph in article.Paragraphs.TakeWhile(_ => total < length))
        {
            paragraphs.Add(paragraph);
            total += paragraph.Length;
        }
        return paragraphs;
    }
}
