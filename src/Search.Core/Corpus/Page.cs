namespace Search.Core.Corpus;

/// <summary>A scraped page as lines of text, before any template has made sense of it.</summary>
/// <param name="Id">The article id the page will get: its path in the corpus without extension.</param>
/// <param name="Path">The file, relative to the corpus folder.</param>
/// <param name="Lines">The page's lines, without line ends.</param>
internal sealed record Page(string Id, string Path, IReadOnlyList<string> Lines)
{
    /// <summary>Splits decoded page text into a page.</summary>
    /// <param name="id">The article id.</param>
    /// <param name="path">The file, relative to the corpus folder.</param>
    /// <param name="text">Text with <c>\n</c> line ends.</param>
    public static Page FromText(string id, string path, string text) => new(id, path, text.Split('\n'));

    /// <summary>The index of the first line at or after <paramref name="start"/> that satisfies <paramref name="match"/>, or -1.</summary>
    /// <param name="match">The test for a line.</param>
    /// <param name="start">Where to start looking.</param>
    /// <returns>A line index, or -1.</returns>
    public int FindLine(Func<string, bool> match, int start = 0)
    {
        for (var i = start; i < Lines.Count; i++)
        {
            if (match(Lines[i]))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The lines from <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive).</summary>
    /// <param name="start">First line.</param>
    /// <param name="end">One past the last line.</param>
    /// <returns>The lines in that range.</returns>
    public IReadOnlyList<string> Slice(int start, int end) =>
        Lines.Skip(start).Take(Math.Max(0, end - start)).ToList();
}
