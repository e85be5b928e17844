namespace Search.Core.Tests.Querying;

/// <summary>
/// An exact phrase finds exactly the articles whose text contains it, and counts them exactly. Snippets are off: which
/// articles match must not depend on how their matches are shown (PhraseSnippetTests checks those).
/// </summary>
public sealed class PhraseTotalsTests(DefaultCorpusIndex corpus) : IClassFixture<DefaultCorpusIndex>
{
    [Theory]
    [MemberData(nameof(PhraseCases.All), MemberType = typeof(PhraseCases))]
    public void Total_and_hits_are_the_articles_the_phrase_occurs_in(string phrase, string[] expected)
    {
        var expectedIds = expected.Select(e => ArticlePlaces.Parse(e).Id).Order(StringComparer.Ordinal).ToList();

        var results = corpus.SearchPhrase(phrase, snippets: false);

        Assert.Equal(expectedIds, results.Hits.Select(h => h.Id).Order(StringComparer.Ordinal).ToList());
        Assert.Equal(expectedIds.Count, results.Total);
    }
}
