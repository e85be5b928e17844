namespace Search.Core.Tests.Trends;

/// <summary>An article as the oracle counts it: its own text (title, then body paragraphs) and its comments'.</summary>
/// <param name="Own">The title as one paragraph, then the body's paragraphs; under the article's day.</param>
/// <param name="Comments">Each comment's paragraphs, under the comment's day (its article's when it has none).</param>
internal sealed record OracleArticle(DatedText Own, IReadOnlyList<DatedText> Comments)
{
    /// <summary>Title, body and every comment as one text: what scope <c>all</c> matches an article on.</summary>
    public IReadOnlyList<AnalyzedParagraph> AllText => [.. Own.Paragraphs, .. Comments.SelectMany(c => c.Paragraphs)];

    /// <summary>
    /// Every comment as one text: what scope <c>comments</c> matches an article on, as <c>search query --in comments</c>
    /// does (so <c>council treaty</c> finds an article with council in one comment and treaty in another).
    /// </summary>
    public IReadOnlyList<AnalyzedParagraph> CommentText => [.. Comments.SelectMany(c => c.Paragraphs)];
}
