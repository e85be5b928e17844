using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Search.Core.Analysis;

/// <summary>
/// Stems the Cyrillic words of a stream with the Snowball Russian stemmer (<c>мира</c>, <c>миром</c> -> <c>мир</c>)
/// and marks them as keywords, so that the English stemmer after it leaves them alone; other words pass untouched.
/// Choosing by the word's script rather than by a paragraph's language lets a comment that mixes an English
/// sentence with a Russian phrase get both right, and costs nothing on text without Cyrillic letters.
/// </summary>
internal sealed class RussianStemFilter : TokenFilter
{
    private readonly RussianStemmer _stemmer = new();
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

    /// <summary>Wraps a lower-cased, folded stream.</summary>
    public RussianStemFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        if (!_keyword.IsKeyword && CyrillicFolding.AnyIn(_term.Buffer.AsSpan(0, _term.Length)))
        {
            _stemmer.SetCurrent(_term.Buffer, _term.Length);
            _stemmer.Stem();
            _term.CopyBuffer(_stemmer.CurrentBuffer, 0, _stemmer.CurrentBufferLength);
            _keyword.IsKeyword = true;
        }
        return true;
    }
}
