using Lucene.Net.Analysis;
using Search.Core.Corpus;
using Search.Core.Schema;

namespace Search.Core.Snippets;

/// <summary>
/// Says where in an article a query matched, from the stored text alone: the title, the best paragraph of the body,
/// and each matching comment (by id and author), each with its snippet. Best comments first.
/// </summary>
internal sealed class MatchFinder
{
    private readonly Analyzer _analyzer;
    private readonly SearchField _title;
    private readonly SearchField _body;
    private readonly SearchField _comment;
    private readonly SearchField _author;

    /// <summary>Creates a finder.</summary>
    /// <param name="analyzer">The index's per-field analyzer.</param>
    /// <param name="fields">The searchable fields.</param>
    public MatchFinder(Analyzer analyzer, SearchFields fields)
    {
        _analyzer = analyzer;
        _title = fields.Get(FieldNames.Title, 0);
        _body = fields.Get(FieldNames.Body, 0);
        _comment = fields.Get(FieldNames.Comment, 0);
        _author = fields.Get(FieldNames.Author, 0);
    }

    /// <summary>The matches of an article.</summary>
    /// <param name="article">The stored article.</param>
    /// <param name="units">The query's highlight units.</param>
    /// <param name="maxComments">How many comment matches to return.</param>
    /// <returns>The matches, and how many more comments matched.</returns>
    public (List<HitMatch> Matches, int MoreComments) Find(Article article, IReadOnlyList<HighlightUnit> units, int maxComments)
    {
        var matches = new List<HitMatch>();
        var titleSpans = SpanFinder.Find(article.Title, _title, units, _analyzer);
        if (titleSpans.Count > 0)
        {
            matches.Add(new HitMatch(MatchLocation.Title, null, null, SnippetBuilder.Build(article.Title, titleSpans)));
        }
        (string Text, List<TextSpan> Spans, (int, int) Score)? body = null;
        foreach (var paragraph in article.Paragraphs)
        {
            var spans = SpanFinder.Find(paragraph, _body, units, _analyzer);
            var score = spans.Count == 0 ? default : SnippetBuilder.Score(paragraph, spans);
            // The earliest of equally good paragraphs: articles put their point first.
            if (spans.Count > 0 && (body is null || score.CompareTo(body.Value.Score) > 0))
            {
                body = (paragraph, spans, score);
            }
        }
        if (body is { } best)
        {
            matches.Add(new HitMatch(MatchLocation.Body, null, null, SnippetBuilder.Build(best.Text, best.Spans)));
        }
        var comments = new List<(Comment Comment, List<TextSpan> Spans, (int, int) Score, int Order)>();
        for (var i = 0; i < article.Comments.Count; i++)
        {
            var comment = article.Comments[i];
            var spans = SpanFinder.FindByParagraph(comment.Body, _comment, units, _analyzer);
            if (spans.Count > 0 || ByAuthor(comment, units))
            {
                var (u, s) = SnippetBuilder.Score(comment.Body, spans);
                comments.Add((comment, spans, (u, s), i));
            }
        }
        foreach (var c in comments.OrderByDescending(c => c.Score).ThenBy(c => c.Order).Take(maxComments))
        {
            matches.Add(new HitMatch(MatchLocation.Comment, c.Comment.Id, c.Comment.Author, SnippetBuilder.Build(c.Comment.Body, c.Spans)));
        }
        return (matches, Math.Max(0, comments.Count - maxComments));
    }

    private bool ByAuthor(Comment comment, IReadOnlyList<HighlightUnit> units)
    {
        if (comment.Author is null || !units.Any(u => u.Kind == HighlightKind.Author))
        {
            return false;
        }
        var name = TextAnalysis.Tokens(_analyzer, _author.Exact, comment.Author).Select(t => t.Term).ToList();
        return units.Where(u => u.Kind == HighlightKind.Author).Any(u => ContainsRun(name, u.Terms));
    }

    private static bool ContainsRun(List<string> name, IReadOnlyList<string> words)
    {
        for (var i = 0; i + words.Count <= name.Count; i++)
        {
            if (name.Skip(i).Take(words.Count).SequenceEqual(words))
            {
                return true;
            }
        }
        return false;
    }
}
