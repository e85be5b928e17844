namespace Search.Core.Snippets;

/// <summary>How a highlight unit finds its words in a text.</summary>
internal enum HighlightKind
{
    /// <summary>Stemmed words (a bare word): <c>sanction</c> highlights <c>sanctions</c>.</summary>
    Stemmed,
    /// <summary>Words as written (a quoted phrase), in order, within the unit's slop.</summary>
    Exact,
    /// <summary>Any word starting with the unit's text (<c>multipol*</c>).</summary>
    Prefix,
    /// <summary>Any word within the unit's edit distance (<c>multipolr~</c>).</summary>
    Fuzzy,
    /// <summary>
    /// Any stemmed word its automaton accepts: a wildcard, regular expression, prefix or fuzzy word of Lucene's
    /// syntax (<c>te?t</c>, <c>/colou?r/</c>), which match the index's stemmed terms as Lucene's do.
    /// </summary>
    StemmedPattern,
    /// <summary>
    /// Transliteration keys as written (a <c>--translit</c> phrase), in order: <c>"Russkiy Mir"</c> highlights
    /// <c>Русский мир</c> and <c>Russkii Mir</c>, each in its own letters.
    /// </summary>
    TranslitExact,
    /// <summary>Any word whose key has the key of the unit's stem (a <c>--translit</c> bare word): <c>русского</c> for <c>Russkiy</c>.</summary>
    TranslitStemmed,
    /// <summary>A comment author's name (<c>author:</c>): marks the comment, not words in it.</summary>
    Author,
}
