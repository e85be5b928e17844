using Lucene.Net.Search;
using Lucene.Net.Util.Automaton;
using Search.Core.Analysis;
using Search.Core.Schema;
using Search.Core.Snippets;

namespace Search.Core.Querying;

/// <summary>
/// The highlight units of a query in Lucene's syntax, read from the Lucene query its parser built: every term,
/// phrase and pattern of its positive clauses (never of excluded ones), already analysed, each with the parts of an
/// article its fields search. Our own syntax plans from its tree instead (<see cref="HighlightPlanner"/>).
/// </summary>
internal sealed class LuceneSyntaxHighlights
{
    private readonly SearchFields _fields;
    private readonly IReadOnlyDictionary<Query, LuceneSyntaxPattern> _patterns;
    private readonly List<HighlightUnit> _units = [];

    private LuceneSyntaxHighlights(SearchFields fields, IReadOnlyDictionary<Query, LuceneSyntaxPattern> patterns)
    {
        _fields = fields;
        _patterns = patterns;
    }

    /// <summary>The highlight units of a parsed query.</summary>
    /// <param name="query">What the parser built.</param>
    /// <param name="fields">The fields a query may name.</param>
    /// <param name="patterns">The words each pattern query of it accepts (<see cref="LuceneSyntaxParser.Patterns"/>).</param>
    /// <returns>The units, one per term, phrase or pattern, with every location it is searched in.</returns>
    public static IReadOnlyList<HighlightUnit> Plan(Query query, SearchFields fields, IReadOnlyDictionary<Query, LuceneSyntaxPattern> patterns)
    {
        var planner = new LuceneSyntaxHighlights(fields, patterns);
        planner.Visit(query);
        return planner._units;
    }

    private void Visit(Query query)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT))
                {
                    Visit(clause.Query);
                }
                break;
            case TermQuery term:
                Add(term.Term.Field, HighlightKind.Stemmed, [term.Term.Text], [0], 0, null);
                break;
            case PhraseQuery phrase when phrase.GetTerms().Length > 0:
                var terms = phrase.GetTerms();
                var positions = phrase.GetPositions();
                Add(terms[0].Field, HighlightKind.Stemmed, [.. terms.Select(t => t.Text)], [.. positions.Select(p => p - positions[0])], phrase.Slop, null);
                break;
            case MultiTermQuery pattern when _patterns.TryGetValue(pattern, out var p):
                Add(pattern.Field, HighlightKind.StemmedPattern, [p.Shown], [0], 0, p.Accepts);
                break;
        }
    }

    // A term or phrase of a stemmed field is highlighted stemmed, of an exact field as written; an author's name marks
    // the comment. The same unit searched in several fields becomes one unit with all their locations.
    private void Add(string indexField, HighlightKind kind, IReadOnlyList<string> terms, IReadOnlyList<int> positions, int slop, Automaton? pattern)
    {
        if (_fields.ForIndexField(indexField) is not var (field, stemmed, translit))
        {
            return;
        }
        if (translit)
        {
            (kind, terms) = terms is [var stem] && stem.StartsWith(TranslitFilter.StemMark)
                ? (HighlightKind.TranslitStemmed, [stem[1..]])
                : (HighlightKind.TranslitExact, terms);
        }
        if (field.Name == FieldNames.Author)
        {
            kind = HighlightKind.Author;
        }
        else if (field.Location is null)
        {
            return;
        }
        else if (kind == HighlightKind.Stemmed && !stemmed && !translit)
        {
            kind = HighlightKind.Exact;
        }
        var locations = new HashSet<MatchLocation> { field.Location ?? MatchLocation.Comment };
        var same = _units.FindIndex(u => u.Kind == kind && u.Slop == slop && u.Terms.SequenceEqual(terms) && u.Positions.SequenceEqual(positions));
        if (same >= 0)
        {
            _units[same] = _units[same] with { Locations = locations.Union(_units[same].Locations).ToHashSet() };
        }
        else if (_units.Count < HighlightPlanner.MaxUnits)
        {
            _units.Add(new HighlightUnit(kind, terms, positions, slop, 0, locations, pattern));
        }
    }
}
