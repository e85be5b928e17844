using Search.Core.Tests.Trends;

namespace Search.Core.Tests.Who;

/// <summary>
/// The narratives of the who tests, one of each kind of query, each written beside what it means for the oracle. The
/// words are the generator's; the corpus adds sentences with them to comments (<see cref="WhoCorpusIndex"/>) so that
/// each is said in many comments, by many commenters.
/// </summary>
internal static class WhoNarratives
{
    /// <summary>A bare word, searched by its stem: "reports" finds every "reported".</summary>
    public static TrendNarrative Word { get; } = new("word", "reports", new Word("reports"));

    /// <summary>A phrase: side by side within one paragraph ("Harbour.", then "Closed" in the next, is not it).</summary>
    public static TrendNarrative Phrase { get; } = new("phrase", "\"harbour closed\"", new Phrase("harbour closed"));

    /// <summary>Both words, each anywhere: in one comment for a comment, anywhere in the thread for an article in scope thread.</summary>
    public static TrendNarrative Both { get; } = new("and", "council treaty", new And(new Word("council"), new Word("treaty")));

    /// <summary>Either word.</summary>
    public static TrendNarrative Either { get; } = new("or", "winter OR harbour", new Or(new Word("winter"), new Word("harbour")));

    /// <summary>A word without another, which must not occur in the same text (the comment, or the whole thread).</summary>
    public static TrendNarrative Without { get; } = new("not", "engine -garden", new And(new Word("engine"), new Not(new Word("garden"))));

    /// <summary>Every narrative, each counted in every test of the rules.</summary>
    public static IReadOnlyList<TrendNarrative> All { get; } = [Word, Phrase, Both, Either, Without];

    /// <summary>A narrative by its id, for theories (their data is public, the narratives are not).</summary>
    public static TrendNarrative Get(string id) => All.Single(n => n.Id == id);
}
