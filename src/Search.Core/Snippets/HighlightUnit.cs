using System.Buffers;
using Lucene.Net.Util.Automaton;
using Search.Core.Analysis;
using Search.Core.Schema;

namespace Search.Core.Snippets;

/// <summary>
/// One thing a query looks for, in the terms a snippet needs: a stemmed word, an exact phrase (highlighted as one
/// span, and only where all of it occurs), a prefix, a fuzzy word or an author, and where in an article it applies.
/// </summary>
/// <param name="Kind">How it matches.</param>
/// <param name="Terms">The analysed terms, in order; one for a word, several for a phrase.</param>
/// <param name="Positions">Each term's position relative to the first (stop words leave gaps in stemmed phrases).</param>
/// <param name="Slop">For a phrase: how many positions its words may move.</param>
/// <param name="Edits">For a fuzzy word: the edit distance.</param>
/// <param name="Locations">The parts of an article it is looked for in.</param>
/// <param name="Pattern">For a <see cref="HighlightKind.StemmedPattern"/>: the terms it accepts.</param>
internal sealed record HighlightUnit(
    HighlightKind Kind,
    IReadOnlyList<string> Terms,
    IReadOnlyList<int> Positions,
    int Slop,
    int Edits,
    IReadOnlySet<MatchLocation> Locations,
    Automaton? Pattern = null)
{
    /// <summary>Whether the unit is a phrase of more than one word.</summary>
    public bool IsPhrase => Terms.Count > 1;

    /// <summary>What a text must contain to match this unit (see <see cref="TextScreen"/>), worked out once.</summary>
    public IReadOnlyList<SearchValues<string>> Fragments { get; } = TextScreen.Prepare(TextScreen.FragmentsOf(Kind, Terms));

    /// <summary>Which of the terms the first of <see cref="Fragments"/> comes from; -1 when there are none.</summary>
    public int FragmentTerm { get; } = Enumerable.Range(0, Terms.Count).FirstOrDefault(t => TextScreen.FragmentsOf(Kind, [Terms[t]]).Count > 0, -1);

    // For a fuzzy word or a pattern: its automaton, built once per query rather than once per text.
    private readonly CharacterRunAutomaton? _accepts = Kind switch
    {
        HighlightKind.Fuzzy => new CharacterRunAutomaton(EditDistance.Within(Terms[0], Edits)),
        HighlightKind.StemmedPattern => new CharacterRunAutomaton(Pattern ?? throw new ArgumentNullException(nameof(Pattern))),
        _ => null,
    };

    /// <summary>
    /// For a fuzzy word, whether a term is within its edits (<see cref="EditDistance"/>); for a pattern, whether it
    /// matches; for a transliterated bare word, whether the term (a key) has the unit's stem key.
    /// </summary>
    public bool Accepts(string term) => Kind == HighlightKind.TranslitStemmed
        // A stem is the start of its word, and most words do not share the stem's first letters: those are not stemmed.
        ? term.StartsWith(Terms[0].AsSpan(0, Math.Min(2, Terms[0].Length)), StringComparison.Ordinal) && Transliteration.StemKey(term) == Terms[0]
        : _accepts?.Run(term) ?? false;
}
