using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Search.Core.Analysis;

namespace Search.Core.Indexing;

/// <summary>
/// An analysed text field whose tokens come from the indexing thread's <see cref="TapedAnalysis"/> instead of the
/// writer's analyzer, so that a text indexed into a stemmed field and its exact and translit shadows is tokenized only once.
/// </summary>
internal sealed class TapedField : Field
{
    private readonly TapedAnalysis _analysis;
    private readonly string _analyzer;

    public TapedField(string name, string value, FieldType type, TapedAnalysis analysis, string analyzer)
        : base(name, value, type)
    {
        _analysis = analysis;
        _analyzer = analyzer;
    }

    public override TokenStream GetTokenStream(Analyzer analyzer) => _analysis.Stream(GetStringValue(), _analyzer);
}
