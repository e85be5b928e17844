using System.Text.RegularExpressions;

namespace Search.Core.Corpus;

/// <summary>The words that introduce an author's name on a page (<c>By</c>, <c>Posted by</c>, <c>von</c>, <c>Автор:</c>).</summary>
internal static partial class Byline
{
    private const string Words = @"(?:posted by|written by|geschrieben von|by|von|от|автор|author|autor):?";

    /// <summary>Whether a line starts as a byline does (<c>By Jane Doe</c>).</summary>
    /// <param name="line">A line of a page.</param>
    public static bool Opens(string line) => Opening().IsMatch(line);

    /// <summary>A byline without its introduction and whatever short text stands before it (<c>View all posts by</c>).</summary>
    /// <param name="byline">A byline as a page shows it.</param>
    /// <returns>The text from the name on.</returns>
    public static string WithoutIntroduction(string byline) => Introduction().Replace(byline, "");

    [GeneratedRegex(@"^" + Words + @"(?=\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Opening();

    [GeneratedRegex(@"^.{0,30}?\b" + Words + @"\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Introduction();
}
