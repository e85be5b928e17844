using Lucene.Net.Analysis;
using Search.Core.Schema;

namespace Search.Core.Snippets;

/// <summary>
/// Finds where a query's highlight units occur in a stored text, by analysing the text exactly as the index did.
/// A phrase yields one span from its first word to its last, and only where the whole phrase occurs.
/// </summary>
internal static class SpanFinder
{
    /// <summary>The spans of every unit that applies to <paramref name="field"/>'s part of the article.</summary>
    /// <param name="text">The stored text (a title, a paragraph, a comment).</param>
    /// <param name="field">The field the text belongs to.</param>
    /// <param name="units">The query's highlight units; their index in this list is each span's unit.</param>
    /// <param name="analyzer">The per-field analyzer of the index.</param>
    /// <returns>The spans, in no particular order; they may overlap.</returns>
    public static List<TextSpan> Find(string text, SearchField field, IReadOnlyList<HighlightUnit> units, Analyzer analyzer)
    {
        var spans = new List<TextSpan>();
        if (field.Location is not { } location)
        {
            return spans;
        }
        // First the units that may match this text, and the tokens they need from each analysis.
        var applicable = new List<int>();
        var plain = TextScreen.IsPlain(text);
        List<HighlightUnit> stemmedUnits = [];
        List<HighlightUnit> exactUnits = [];
        WantedTerms? stemmedWanted = null;
        WantedTerms? exactWanted = null;
        WantedTerms? translitWanted = null;
        for (var u = 0; u < units.Count; u++)
        {
            var unit = units[u];
            if (!unit.Locations.Contains(location) || !TextScreen.MightMatch(text, plain, unit.Fragments))
            {
                continue;
            }
            applicable.Add(u);
            switch (unit.Kind)
            {
                case HighlightKind.Stemmed:
                    (stemmedWanted ??= new WantedTerms()).AddTerms(unit.Terms);
                    stemmedUnits.Add(unit);
                    break;
                case HighlightKind.Exact:
                    (exactWanted ??= new WantedTerms()).AddTerms(unit.Terms);
                    exactUnits.Add(unit);
                    break;
                case HighlightKind.Prefix:
                    (exactWanted ??= new WantedTerms()).AddPrefix(unit.Terms[0]);
                    exactUnits.Add(unit);
                    break;
                case HighlightKind.Fuzzy:
                    (exactWanted ??= new WantedTerms()).AddEverything();
                    exactUnits.Add(unit);
                    break;
                case HighlightKind.StemmedPattern:
                    (stemmedWanted ??= new WantedTerms()).AddEverything();
                    stemmedUnits.Add(unit);
                    break;
                case HighlightKind.TranslitExact:
                    (translitWanted ??= new WantedTerms()).AddTerms(unit.Terms);
                    break;
                case HighlightKind.TranslitStemmed:
                    (translitWanted ??= new WantedTerms()).AddEverything();
                    break;
            }
        }
        // Each analysis runs at most once per text, for all the units that need it.
        AnalyzedText? stemmed = null;
        AnalyzedText? exact = null;
        AnalyzedText? translit = null;
        AnalyzedText Stemmed() => stemmed ??= Analyse(analyzer, field.Stemmed, text, plain, stemmedUnits, stemmedWanted!);
        AnalyzedText Exact() => exact ??= Analyse(analyzer, field.Exact, text, plain, exactUnits, exactWanted!);
        AnalyzedText Translit() => translit ??= new AnalyzedText(TextAnalysis.Tokens(analyzer, field.Translit ?? field.Exact, text, translitWanted));
        foreach (var u in applicable)
        {
            var unit = units[u];
            switch (unit.Kind)
            {
                case HighlightKind.Stemmed:
                    FindSequence(Stemmed(), unit, u, spans);
                    break;
                case HighlightKind.Exact when unit.Slop == 0 || !unit.IsPhrase:
                    FindSequence(Exact(), unit, u, spans);
                    break;
                case HighlightKind.Exact:
                    FindSloppy(Exact(), unit, u, spans);
                    break;
                case HighlightKind.Prefix:
                    spans.AddRange(Exact().Tokens.Where(t => t.Term.StartsWith(unit.Terms[0], StringComparison.Ordinal))
                        .Select(t => new TextSpan(t.Start, t.End, u)));
                    break;
                case HighlightKind.Fuzzy:
                    spans.AddRange(Exact().Tokens.Where(t => unit.Accepts(t.Term))
                        .Select(t => new TextSpan(t.Start, t.End, u)));
                    break;
                case HighlightKind.StemmedPattern:
                    spans.AddRange(Stemmed().Tokens.Where(t => unit.Accepts(t.Term))
                        .Select(t => new TextSpan(t.Start, t.End, u)));
                    break;
                case HighlightKind.TranslitExact when unit.Slop == 0 || !unit.IsPhrase:
                    FindSequence(Translit(), unit, u, spans);
                    break;
                case HighlightKind.TranslitExact:
                    FindSloppy(Translit(), unit, u, spans);
                    break;
                case HighlightKind.TranslitStemmed:
                    spans.AddRange(Translit().Tokens.Where(t => unit.Accepts(t.Term))
                        .Select(t => new TextSpan(t.Start, t.End, u)));
                    break;
            }
        }
        return spans;
    }

    /// <summary>
    /// <see cref="Find"/> over each paragraph of a text on its own (paragraphs are separated by a blank line),
    /// as the index analyses them, so no phrase is highlighted across two paragraphs.
    /// </summary>
    /// <param name="text">The stored text.</param>
    /// <param name="field">The field the text belongs to.</param>
    /// <param name="units">The query's highlight units.</param>
    /// <param name="analyzer">The per-field analyzer of the index.</param>
    /// <returns>The spans, with offsets into the whole text.</returns>
    public static List<TextSpan> FindByParagraph(string text, SearchField field, IReadOnlyList<HighlightUnit> units, Analyzer analyzer)
    {
        var spans = new List<TextSpan>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            if (end < 0)
            {
                end = text.Length;
            }
            foreach (var span in Find(text[start..end], field, units, analyzer))
            {
                spans.Add(span with { Start = span.Start + start, End = span.End + start });
            }
            start = end + 2;
        }
        return spans;
    }

    // Single words are looked for only in the chunks of the text where they can occur.
    private static AnalyzedText Analyse(Analyzer analyzer, string field, string text, bool plain, List<HighlightUnit> units, WantedTerms wanted) =>
        new(plain && WordChunks.Apply(units)
            ? WordChunks.Tokens(analyzer, field, text, units, wanted)
            : TextAnalysis.Tokens(analyzer, field, text, wanted));

    private static void FindSequence(AnalyzedText text, HighlightUnit unit, int u, List<TextSpan> spans)
    {
        if (!text.ByTerm.TryGetValue(unit.Terms[0], out var starts))
        {
            return;
        }
        var byPosition = unit.IsPhrase ? text.ByPosition : null;
        foreach (var first in starts)
        {
            var last = first;
            var whole = true;
            for (var k = 1; k < unit.Terms.Count && whole; k++)
            {
                whole = byPosition!.TryGetValue(first.Position + unit.Positions[k], out last) && last.Term == unit.Terms[k];
            }
            if (whole)
            {
                spans.Add(new TextSpan(first.Start, last.End, u));
            }
        }
    }

    // "a b"~N: all the words within (words - 1 + N) positions, in any order, as Lucene's sloppy phrase allows.
    private static void FindSloppy(AnalyzedText text, HighlightUnit unit, int u, List<TextSpan> spans)
    {
        if (!unit.Terms.Any(text.ByTerm.ContainsKey))
        {
            return;
        }
        var tokens = text.Tokens;
        var width = unit.Terms.Count - 1 + unit.Slop;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!unit.Terms.Contains(tokens[i].Term))
            {
                continue;
            }
            var needed = unit.Terms.GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
            var end = tokens[i].End;
            for (var j = i; j < tokens.Count && tokens[j].Position <= tokens[i].Position + width && needed.Count > 0; j++)
            {
                if (needed.TryGetValue(tokens[j].Term, out var n))
                {
                    end = tokens[j].End;
                    if (n == 1)
                    {
                        needed.Remove(tokens[j].Term);
                    }
                    else
                    {
                        needed[tokens[j].Term] = n - 1;
                    }
                }
            }
            if (needed.Count == 0)
            {
                spans.Add(new TextSpan(tokens[i].Start, end, u));
            }
        }
    }
}
