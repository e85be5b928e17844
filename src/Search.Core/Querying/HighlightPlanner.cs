using Lucene.Net.Analysis;
using Search.Core.Analysis;
using Search.Core.Querying.Syntax;
using Search.Core.Schema;
using Search.Core.Snippets;

namespace Search.Core.Querying;

/// <summary>
/// Lists what a snippet must highlight for a query: every word, phrase, prefix, fuzzy word and author of its
/// positive clauses (never of <c>-excluded</c> ones), each with the parts of an article it applies to.
/// </summary>
internal sealed class HighlightPlanner
{
    // A query of hundreds of words highlights its first ones; snippets of the rest would not fit anyway.
    /// <summary>How many units a query highlights, whichever syntax planned them.</summary>
    public const int MaxUnits = 64;

    private readonly Analyzer _analyzer;
    private readonly SearchFields _fields;
    private readonly List<HighlightUnit> _units = [];
    private readonly bool _stopWordsAsWritten;
    private int _translitDepth;

    private HighlightPlanner(Analyzer analyzer, SearchFields fields, bool stopWordsAsWritten)
    {
        _analyzer = analyzer;
        _fields = fields;
        _stopWordsAsWritten = stopWordsAsWritten;
    }

    /// <summary>The highlight units of a query.</summary>
    /// <param name="node">The parsed query.</param>
    /// <param name="analyzer">The index's per-field analyzer.</param>
    /// <param name="fields">The fields a query may name.</param>
    /// <param name="scope">Where unqualified words are searched.</param>
    /// <param name="stopWordsAsWritten">Whether bare stop words were searched as written (<see cref="FieldQueries"/>).</param>
    /// <param name="translit">Whether every word and phrase was searched transliterated.</param>
    /// <returns>The units, without duplicates.</returns>
    public static IReadOnlyList<HighlightUnit> Plan(QueryNode node, Analyzer analyzer, SearchFields fields, SearchScope scope, bool stopWordsAsWritten = false,
        bool translit = false)
    {
        var planner = new HighlightPlanner(analyzer, fields, stopWordsAsWritten) { _translitDepth = translit ? 1 : 0 };
        planner.Visit(node, fields.Default(scope));
        return planner._units;
    }

    private void Visit(QueryNode node, IReadOnlyList<SearchField> targets)
    {
        switch (node)
        {
            case WordNode word:
                Word(word, targets);
                break;
            case PhraseNode phrase:
                Text(phrase.Text, targets, f => f.Exact, HighlightKind.Exact, phrase.Slop, 0);
                Transliterated(phrase.Text, targets, HighlightKind.TranslitExact, phrase.Slop);
                break;
            case FieldNode { Field: SearchFields.Translit } translit:
                _translitDepth++;
                Visit(translit.Inner, targets);
                _translitDepth--;
                break;
            case FieldNode field:
                Visit(field.Inner, [_fields.Get(field.Field, field.Column)]);
                break;
            case BoostNode boost:
                Visit(boost.Inner, targets);
                break;
            case AllNode all:
                foreach (var required in all.Required)
                {
                    Visit(required, targets);
                }
                AdjacentWords(all.Required, targets);
                break;
            case AnyNode any:
                foreach (var alternative in any.Alternatives)
                {
                    Visit(alternative, targets);
                }
                break;
        }
    }

    // Plain words typed one after another ("multipolar world" without quotes) are also highlighted, as one span,
    // where they stand together in that order, and that passage is preferred for the snippet.
    private void AdjacentWords(IReadOnlyList<QueryNode> required, IReadOnlyList<SearchField> targets)
    {
        var texts = targets.Where(t => t.Location is not null && !t.IsKeyword).ToList();
        if (texts.Count == 0)
        {
            return;
        }
        foreach (var run in Syntax.AdjacentWords.Runs(required))
        {
            Add(HighlightKind.Stemmed, run, texts[0].Stemmed, 0, 0, texts.Select(t => t.Location!.Value));
        }
    }

    private void Word(WordNode word, IReadOnlyList<SearchField> targets)
    {
        if (word.Prefix)
        {
            Text(word.Text, targets, f => f.Exact, HighlightKind.Prefix, 0, 0);
        }
        else if (word.FuzzyEdits is { } edits)
        {
            Text(word.Text, targets, f => f.Exact, HighlightKind.Fuzzy, 0, edits);
        }
        else if (_stopWordsAsWritten && targets.Any(t => !t.IsKeyword && TextAnalysis.Tokens(_analyzer, t.Stemmed, word.Text).Count == 0))
        {
            // A stop word searched as written is highlighted as written.
            Text(word.Text, targets, f => f.Exact, HighlightKind.Exact, 0, 0);
        }
        else
        {
            Text(word.Text, targets, f => f.Stemmed, HighlightKind.Stemmed, 0, 0);
            Transliterated(word.Text, targets, HighlightKind.TranslitStemmed, 0);
        }
    }

    // A transliterated word or phrase is also highlighted by its keys, in whichever script the text has it; a bare
    // word by its stem's key.
    private void Transliterated(string text, IReadOnlyList<SearchField> targets, HighlightKind kind, int slop)
    {
        var texts = targets.Where(t => t.Location is not null && t.Translit is not null).ToList();
        if (_translitDepth == 0 || texts.Count == 0)
        {
            return;
        }
        var keys = TextAnalysis.Tokens(_analyzer, texts[0].Translit!, text);
        if (kind == HighlightKind.TranslitStemmed && keys.Count != 1)
        {
            // A word the analyzer splits is searched as a phrase of its pieces.
            kind = HighlightKind.TranslitExact;
        }
        else if (kind == HighlightKind.TranslitStemmed)
        {
            keys = [keys[0] with { Term = Transliteration.StemKey(keys[0].Term) }];
        }
        AddUnit(kind, keys, slop, 0, texts.Select(t => t.Location!.Value));
    }

    private void Text(string text, IReadOnlyList<SearchField> targets, Func<SearchField, string> field, HighlightKind kind, int slop, int edits)
    {
        var texts = targets.Where(t => t.Location is not null).ToList();
        if (texts.Count > 0)
        {
            // Title, body and comment fields share their analyzers, so one unit serves all of them.
            Add(kind, text, field(texts[0]), slop, edits, texts.Select(t => t.Location!.Value));
        }
        if (targets.Any(t => t.Name == FieldNames.Author))
        {
            Add(HighlightKind.Author, text, FieldNames.Author, 0, 0, [MatchLocation.Comment]);
        }
    }

    private void Add(HighlightKind kind, string text, string field, int slop, int edits, IEnumerable<MatchLocation> locations) =>
        AddUnit(kind, TextAnalysis.Tokens(_analyzer, field, text), slop, edits, locations);

    private void AddUnit(HighlightKind kind, List<AnalyzedToken> tokens, int slop, int edits, IEnumerable<MatchLocation> locations)
    {
        if (_units.Count >= MaxUnits)
        {
            return;
        }
        if (tokens.Count == 0 || (kind is HighlightKind.Prefix or HighlightKind.Fuzzy && tokens.Count != 1))
        {
            return;
        }
        var unit = new HighlightUnit(kind, tokens.Select(t => t.Term).ToList(), tokens.Select(t => t.Position - tokens[0].Position).ToList(),
            slop, edits, locations.ToHashSet());
        if (!_units.Any(u => u.Kind == unit.Kind && u.Slop == unit.Slop && u.Edits == unit.Edits
                && u.Terms.SequenceEqual(unit.Terms) && u.Locations.SetEquals(unit.Locations)))
        {
            _units.Add(unit);
        }
    }
}
