namespace Search.Core.Tests.Trends;

/// <summary>
/// The narratives the trend tests count, each a kind of query whose counting has a rule of its own. Their words come
/// from <see cref="GeneratedCorpus"/>'s vocabulary, so in <see cref="TrendCorpusIndex"/> every one of them matches
/// in many periods (the tests check that), except <see cref="Rare"/>.
/// </summary>
internal static class TrendNarratives
{
    /// <summary>A bare word is searched by its stem: "reports" counts every "reported".</summary>
    public static TrendNarrative Stemmed { get; } = new("stemmed", "reports", new Word("reports"));

    /// <summary>A phrase that occurs a dozen times or so: two words side by side, inside one paragraph.</summary>
    public static TrendNarrative Phrase { get; } = new("phrase", "\"garden abroad\"", new Phrase("garden abroad"));

    /// <summary>A phrase with a stop word, which phrases keep: the positions of the two analyses must line up.</summary>
    public static TrendNarrative PhraseWithStopWord { get; } = new("stop-word-phrase", "\"harbour of\"", new Phrase("harbour of"));

    /// <summary>Two words, both needed, each anywhere in the text; both counted where they occur.</summary>
    public static TrendNarrative Both { get; } = new("both", "council treaty", new And(new Word("council"), new Word("treaty")));

    /// <summary>Either word; both counted where they occur.</summary>
    public static TrendNarrative Either { get; } = new("either", "winter OR harbour", new Or(new Word("winter"), new Word("harbour")));

    /// <summary>A word without another: the excluded word must not occur, and is never counted.</summary>
    public static TrendNarrative Without { get; } = new("without", "engine -garden", new And(new Word("engine"), new Not(new Word("garden"))));

    /// <summary>A word and the same word quoted find the same places: each river counts once.</summary>
    public static TrendNarrative SameWordTwice { get; } = new("same-word-twice", "river \"river\"", new And(new Word("river"), new Phrase("river")));

    /// <summary>A word and a phrase that starts with it: where the phrase is, the two share a start and count once.</summary>
    public static TrendNarrative WordAndItsPhrase { get; } = new("word-and-its-phrase", "bridge \"bridge signed\"", new And(new Word("bridge"), new Phrase("bridge signed")));

    /// <summary>A three-word phrase that occurs twice in the whole corpus: a trend of mostly zeros.</summary>
    public static TrendNarrative Rare { get; } = new("rare", "\"council reactor lantern\"", new Phrase("council reactor lantern"));

    /// <summary>The narratives that match often, each counted in every test of the rules.</summary>
    public static IReadOnlyList<TrendNarrative> Common { get; } =
        [Stemmed, Phrase, PhraseWithStopWord, Both, Either, Without, SameWordTwice, WordAndItsPhrase];

    /// <summary>A narrative by its id, for theories (their data is public, the narratives are not).</summary>
    public static TrendNarrative Get(string id) => Common.Append(Rare).Single(n => n.Id == id);
}
