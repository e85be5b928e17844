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
        var english = new EnglishStemmedAnalyzer(gap);
        var exact = new ExactAnalyzer(gap);
        var keyword = new KeywordAnalyzer();
        var perField = new Dictionary<string, Analyzer>();
        foreach (var field in schema.Fields.Where(f => f.Indexed))
        {
            perField[field.Name] = field.Analyzer switch
            {
                "english" => english,
                "exact" or "name" => exact,
                _ => keyword,
            };
        }
        return new PerFieldAnalyzerWrapper(english, perField);
    }
}
