using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Core.Analysis;

/// <summary>Applies <see cref="CyrillicFolding"/> to each token (after lower-casing).</summary>
internal sealed class CyrillicFoldFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    /// <summary>Wraps a lower-cased stream.</summary>
    public CyrillicFoldFilter(TokenStream input)
        : base(input) => _term = AddAttribute<ICharTermAttribute>();

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        CyrillicFolding.Fold(_term.Buffer.AsSpan(0, _term.Length));
        return true;
    }
}
