using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Search.Core.Schema;

namespace Search.Core.Analysis;

/// <summary>Builds the per-field analyzer that indexing and querying share, from the analyzer names in the schema.</summary>
internal static class SchemaAnalyzer
{
    /// <summary>An analyzer that analyses each field of <paramref name="schema"/> as it declares.</summary>
    /// <param name="schema">The index schema.</param>
    public static Analyzer For(IndexSchema schema)
    {
        var gap = schema.PositionIncrementGap;
        var languages = Languages(schema);
        var stemmed = new StemmedAnalyzer(gap, languages);
        var exact = new ExactAnalyzer(gap, languages);
        var translit = new TranslitAnalyzer(gap, languages);
        var keyword = new KeywordAnalyzer();
        var perField = new Dictionary<string, Analyzer>();
        foreach (var field in schema.Fields.Where(f => f.Indexed))
        {
            perField[field.Name] = field.Analyzer switch
            {
                "stemmed" => stemmed,
                "exact" or "name" => exact,
                "translit" => translit,
                _ => keyword,
            };
        }
        return new PerFieldAnalyzerWrapper(stemmed, perField);
    }

    /// <summary>The languages a schema declares, as this build analyses them.</summary>
    /// <param name="schema">The index schema.</param>
    public static IReadOnlyList<TextLanguage> Languages(IndexSchema schema) =>
        [.. schema.Languages.Select(name => TextLanguages.Known[name])];
}
