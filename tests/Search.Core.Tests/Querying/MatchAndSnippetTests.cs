using Search.Core.Querying;
using Search.Core.Schema;

namespace Search.Core.Tests.Querying;

/// <summary>Each hit says where it matched (title, body, which comment and who wrote it), with a highlighted snippet.</summary>
public class MatchAndSnippetTests(DefaultCorpusIndex index) : IClassFixture<DefaultCorpusIndex>
{
    [Fact]
    public void Body_snippet_is_a_passage_of_about_200_characters_cut_at_word_boundaries()
    {
        var hits = index.Search("multipolar world").Hits;
        // Four pages match; with none, the loop below would check nothing.
        Assert.Equal(4, hits.Count);
        foreach (var hit in hits)
        {
            var body = Assert.Single(hit.Matches, m => m.In == MatchLocation.Body);
            Assert.InRange(body.Snippet.Text.Length, 20, 260);
            Assert.NotEmpty(body.Snippet.Highlights);
            var text = body.Snippet.Text;
            // Uncut, a passage starts where a sentence starts; cut, it says so with "...".
            Assert.True(text.StartsWith("... ", StringComparison.Ordinal) || char.IsUpper(text[0]) || text[0] is '“' or '"',
                $"passage starts mid-sentence: {text}");
            Assert.False(char.IsLetter(text[^1]) && text.Length > 200, $"long passage ends mid-word: {text}");
        }
    }

    [Fact]
    public void Adjacent_query_words_are_highlighted_together_and_chosen_for_the_snippet()
    {
        var hit = index.Search("multipolar world").Hits.Single(h => h.Id.StartsWith("002"));
        var body = Assert.Single(hit.Matches, m => m.In == MatchLocation.Body);
        Assert.Contains("<mark>multipolar world</mark>", body.Snippet.Marked());
    }

    [Fact]
    public void A_comment_match_names_the_comment_and_its_author()
    {
        var hit = Assert.Single(index.Search("ghaddafi").Hits);
        var match = Assert.Single(hit.Matches);
        Assert.Equal((MatchLocation.Comment, "c3", "Tomko Kubianca"), (match.In, match.CommentId, match.Author));
        Assert.Contains("<mark>Ghaddafi</mark>", match.Snippet.Marked());
    }

    [Fact]
    public void Author_query_lists_that_authors_comments()
    {
        var hit = Assert.Single(index.Search("author:kubianca").Hits);
        Assert.Equal(["c1", "c3"], hit.Matches.Select(m => m.CommentId));
        Assert.All(hit.Matches, m => Assert.Equal("Tomko Kubianca", m.Author));
    }

    [Fact]
    public void At_most_three_comments_are_listed_then_counted()
    {
        // "Obama" is in 003's body and in its comments c2 and c3; "the" is everywhere, so quote it.
        var hit = Assert.Single(index.Search("obama").Hits);
        Assert.Equal(["c3", "c2"], hit.Matches.Where(m => m.In == MatchLocation.Comment).Select(m => m.CommentId).Order().Reverse());
        var many = index.Engine.Search(new SearchRequest("\"the\"", MaxCommentMatches: 3)).Hits.Single(h => h.Id.StartsWith("003"));
        Assert.Equal(3, many.Matches.Count(m => m.In == MatchLocation.Comment));
        Assert.Equal(2, many.MoreComments);
    }

    [Fact]
    public void Title_match_is_the_whole_title_highlighted()
    {
        var hit = Assert.Single(index.Search("title:lavrov").Hits);
        var title = Assert.Single(hit.Matches);
        Assert.Equal(MatchLocation.Title, title.In);
        Assert.StartsWith("<mark>Lavrov</mark>: Moscow’s New Foreign Policy Concept", title.Snippet.Marked());
    }

    [Fact]
    public void Excluded_words_are_not_highlighted()
    {
        var marked = index.Search("multipolar -obama").Hits.SelectMany(h => h.Matches).Select(m => m.Snippet.Marked()).ToList();
        // Snippets there must be, or the check below passes on nothing.
        Assert.NotEmpty(marked);
        Assert.All(marked, m => Assert.DoesNotContain("<mark>Obama", m, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Prefix_and_fuzzy_words_are_highlighted_where_they_matched()
    {
        Assert.Contains(index.Search("multipol*").Hits.SelectMany(h => h.Matches), m => m.Snippet.Marked().Contains("<mark>multipolarity</mark>", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(index.Search("multipolr~1").Hits.SelectMany(h => h.Matches), m => m.Snippet.Marked().Contains("<mark>multipolar</mark>"));
    }

    [Fact]
    public void Hits_carry_what_a_result_prints_from_the_index_alone()
    {
        var hit = Assert.Single(index.Search("published:[2023-01-01 TO 2023-12-31]").Hits);
        Assert.Equal(("004_cf40159e0b81012a", "2023-04-01", "004_cf40159e0b81012a.txt", (string?)null),
            (hit.Id, hit.Published, hit.Path, hit.Source));
        Assert.True(hit.Score > 0);
    }

    [Fact]
    public void Without_snippets_hits_have_no_matches_but_the_same_ranking()
    {
        var with = index.Engine.Search(new SearchRequest("multipolar world"));
        var without = index.Engine.Search(new SearchRequest("multipolar world", Snippets: false));
        Assert.Equal(with.Hits.Select(h => (h.Id, h.Score, h.Title)), without.Hits.Select(h => (h.Id, h.Score, h.Title)));
        Assert.All(without.Hits, h => Assert.Empty(h.Matches));
    }

    [Fact]
    public void Explain_says_why_a_hit_scored_what_it_did()
    {
        var hit = index.Engine.Search(new SearchRequest("yeltsin", Explain: true)).Hits.Single();
        Assert.Contains("comment:yeltsin", hit.Explanation);
    }
}
