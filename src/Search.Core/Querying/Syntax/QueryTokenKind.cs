namespace Search.Core.Querying.Syntax;

/// <summary>The kinds of token in a query text.</summary>
internal enum QueryTokenKind
{
    /// <summary>A bare word, possibly ending in <c>*</c>.</summary>
    Word,
    /// <summary>A quoted phrase, without its quotes.</summary>
    Phrase,
    /// <summary>A field name with its colon: <c>title:</c>.</summary>
    Field,
    /// <summary><c>(</c></summary>
    Open,
    /// <summary><c>)</c></summary>
    Close,
    /// <summary><c>+</c> before a clause.</summary>
    Plus,
    /// <summary><c>-</c> before a clause.</summary>
    Minus,
    /// <summary><c>AND</c></summary>
    And,
    /// <summary><c>OR</c></summary>
    Or,
    /// <summary><c>NOT</c></summary>
    Not,
    /// <summary><c>~</c> or <c>~N</c> after a word or phrase.</summary>
    Tilde,
    /// <summary><c>^N</c> after a clause.</summary>
    Caret,
    /// <summary><c>[</c> or <c>{</c> opening a range.</summary>
    RangeOpen,
    /// <summary><c>]</c> or <c>}</c> closing a range.</summary>
    RangeClose,
    /// <summary><c>TO</c> inside a range.</summary>
    To,
    /// <summary>The end of the query.</summary>
    End,
}
