namespace Search.Core.Tests.Trends;

/// <summary>An article as the oracle counts it: its own text (title, then body paragraphs) and its comments'.</summary>
/// <param name="Own">The title as one paragraph, then the body's paragraphs; under the article's day.</param>
/// <param name="Comments">Each comment's paragraphs, under the comment's day (its article's when it has none).</param>
internal sealed record OracleArticle(DatedText Own, IReadOnlyList<DatedText> Comments)
{
    /// <summary>Title, body and every comment as one text: what scope <c>thread</c> matches an article on.</summary>
    public IReadOnlyList<AnalyzedParagraph> AllText => [.. Own.Paragraphs, .. Comments.SelectMany(c => c.Paragraphs)];
}
