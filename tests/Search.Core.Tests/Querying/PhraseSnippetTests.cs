using Search.Core.Schema;
using Search.Core.Snippets;

namespace Search.Core.Tests.Querying;

/// <summary>
/// Each hit of an exact phrase says where the phrase is (title, body, which comment) and highlights every occurrence
/// it shows as one whole span, never part of the phrase.
/// </summary>
public sealed class PhraseSnippetTests(DefaultCorpusIndex corpus) : IClassFixture<DefaultCorpusIndex>
{
    // Comment authors by article and comment id, read from the pages (null: no author line, anonymous).
    private static readonly Dictionary<(string Article, string Comment), string?> Authors = new()
    {
        [("000_2bf88532322e37d8", "c1")] = null,
        [("000_2bf88532322e37d8", "c2")] = null,
        [("001_00ead3c6dcb612e8", "c1")] = "Igor Ochocinszk",
        [("001_00ead3c6dcb612e8", "c2")] = null,
        [("002_8c9b06bed0a07476", "c1")] = null,
        [("002_8c9b06bed0a07476", "c2")] = null,
        [("003_7fdfd134df6d3be8", "c1")] = "Tomko Kubianca",
        [("003_7fdfd134df6d3be8", "c2")] = "Robert McMaster",
        [("003_7fdfd134df6d3be8", "c3")] = "Tomko Kubianca",
        [("003_7fdfd134df6d3be8", "c4")] = null,
        [("003_7fdfd134df6d3be8", "c5")] = null,
    };

    private static string PlaceOf(HitMatch match) => match.In switch
    {
        MatchLocation.Title => "title",
        MatchLocation.Body => "body",
        _ => match.CommentId ?? "comment without id",
    };

    [Theory]
    [MemberData(nameof(PhraseCases.WithHits), MemberType = typeof(PhraseCases))]
    public void Matches_are_the_title_body_and_comments_the_phrase_occurs_in(string phrase, string[] expected)
    {
        var results = corpus.SearchPhrase(phrase);

        foreach (var places in expected.Select(ArticlePlaces.Parse))
        {
            var hit = Assert.Single(results.Hits, h => h.Id == places.Id);
            Assert.NotEmpty(hit.Matches);
            Assert.Equal(
                places.Places.Order(StringComparer.Ordinal).ToList(),
                hit.Matches.Select(PlaceOf).Order(StringComparer.Ordinal).ToList());
        }
    }

    [Theory]
    [MemberData(nameof(PhraseCases.WithHits), MemberType = typeof(PhraseCases))]
    public void Every_highlight_is_one_whole_occurrence_of_the_phrase(string phrase, string[] expected)
    {
        Assert.NotEmpty(expected);
        var results = corpus.SearchPhrase(phrase);
        Assert.NotEmpty(results.Hits);

        var problems = new List<string>();
        foreach (var hit in results.Hits)
        {
            if (hit.Matches.Count == 0)
            {
                problems.Add($"{hit.Id}: no match");
            }
            foreach (var match in hit.Matches)
            {
                var where = $"{hit.Id} {PlaceOf(match)}: {match.Snippet.Marked()}";
                if (match.Snippet.Highlights.Count == 0)
                {
                    problems.Add($"{where} -- nothing highlighted");
                }
                foreach (var h in match.Snippet.Highlights)
                {
                    var text = match.Snippet.Text.Substring(h.Start, h.Length);
                    if (!PhraseWords.Same(text, phrase) || !char.IsLetterOrDigit(text[0]) || !char.IsLetterOrDigit(text[^1]))
                    {
                        problems.Add($"{where} -- highlight \"{text}\" is not the phrase");
                    }
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(PhraseCases.OnlyInComments), MemberType = typeof(PhraseCases))]
    public void Comment_only_phrase_matches_name_each_comment_it_is_in_and_its_author(string phrase, string[] expected)
    {
        var results = corpus.SearchPhrase(phrase);

        foreach (var places in expected.Select(ArticlePlaces.Parse))
        {
            var hit = Assert.Single(results.Hits, h => h.Id == places.Id);
            Assert.All(hit.Matches, m => Assert.Equal(MatchLocation.Comment, m.In));
            Assert.Equal(
                places.Places.Order(StringComparer.Ordinal).Select(c => (c, Authors[(places.Id, c)])).ToList(),
                hit.Matches.Select(m => (m.CommentId!, m.Author)).OrderBy(m => m.Item1, StringComparer.Ordinal).ToList());
            Assert.Equal(0, hit.MoreComments);
        }
    }
}
