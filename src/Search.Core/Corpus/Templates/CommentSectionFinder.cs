namespace Search.Core.Corpus.Templates;

/// <summary>
/// Finds where a page's comments begin: at a comment section's header (<c>N thoughts on “TITLE”</c>,
/// <c>24 Comments:</c>, <c>Kommentare</c>) after the start of the article, or failing one, at the first
/// <c>NAME says:</c> or NAME-and-date line after the article.
/// </summary>
internal static class CommentSectionFinder
{
    /// <summary>The header's line (or the first comment's, for a section without one), with the comments after it.</summary>
    /// <param name="lines">A page's cleaned, non-blank lines.</param>
    /// <param name="bodyStart">Where the article starts: a header above it is a menu entry or a comment counter.</param>
    /// <param name="bodyEnd">Where the article ends, for a section without a header.</param>
    /// <returns>The section, or null when the page shows no comments.</returns>
    public static (int Start, IReadOnlyList<Comment> Comments)? Find(IReadOnlyList<string> lines, int bodyStart, int bodyEnd)
    {
        var tried = 0;
        for (var h = bodyStart; h < lines.Count && tried < MaxHeadersTried; h++)
        {
            // Some widgets put the form above the thread ("Leave a comment", the form, then the comments).
            if (!CommentVocabulary.IsSectionHeader(lines[h]) && !CommentVocabulary.IsFormLine(lines[h]))
            {
                continue;
            }
            tried++;
            var comments = CommentSectionReader.Read(Rest(lines, h + 1));
            if (!ReadLikeComments(comments, 1))
            {
                continue;
            }
            // Of headers in a row ("Reader Interactions", "Comments"), the last one is the section's own.
            var first = FirstCommentLine(lines, h + 1, comments[0]);
            var last = h;
            for (var k = h + 1; k < first; k++)
            {
                if (CommentVocabulary.IsSectionHeader(lines[k]))
                {
                    last = k;
                }
            }
            return (last, last == h ? comments : CommentSectionReader.Read(Rest(lines, last + 1)));
        }
        var roles = CommentLineClassifier.Classify(Rest(lines, bodyEnd));
        for (var i = 0; i < roles.Length; i++)
        {
            if (roles[i] == CommentLineRole.Head)
            {
                var comments = CommentSectionReader.Read(Rest(lines, bodyEnd + i));
                return ReadLikeComments(comments, MinCommentsWithoutHeader) ? (bodyEnd + i, comments) : null;
            }
        }
        return null;
    }

    // Readers write as people talk, with as many function words as article prose; what a misread footer or a list
    // of related headlines gives as "comments" has far fewer (headlines, labels, addresses).
    private const double MinStopWordDensity = 0.25;

    // Each header tried reads the rest of the page as comments: a page of thousands of "Comments" lines (a forum
    // dump, a hostile file) must not cost the square of its length. Real pages have a handful.
    private const int MaxHeadersTried = 20;

    // Without a header, one name beside a date after the article may be anything; two in a row are a thread.
    private const int MinCommentsWithoutHeader = 2;

    private static bool ReadLikeComments(IReadOnlyList<Comment> comments, int minCount)
    {
        if (comments.Count < minCount)
        {
            return false;
        }
        var words = comments.SelectMany(c => StopWords.WordsOf(c.Body)).ToList();
        return words.Count > 0 && StopWords.Density(string.Join(' ', words)) >= MinStopWordDensity;
    }

    private static List<string> Rest(IReadOnlyList<string> lines, int start) => [.. lines.Skip(start)];

    private static int FirstCommentLine(IReadOnlyList<string> lines, int start, Comment first)
    {
        var firstParagraph = first.Body.Split("\n\n")[0];
        for (var i = start; i < lines.Count; i++)
        {
            if (TitleAndBody.Clean(lines[i]) == firstParagraph)
            {
                return i;
            }
        }
        return lines.Count;
    }
}
