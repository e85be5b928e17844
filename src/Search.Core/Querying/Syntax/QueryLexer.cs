using System.Text;
using Search.Core.Errors;

namespace Search.Core.Querying.Syntax;

/// <summary>
/// Splits a query text into tokens. Words end at white space and at the characters that have a meaning in the
/// syntax; a backslash makes the next character part of the word. Operators are upper case only (<c>AND</c>,
/// <c>OR</c>, <c>NOT</c>): lower-case <c>and</c> is a word.
/// </summary>
internal static class QueryLexer
{
    private const string Special = "()\"~^[]{}:";

    /// <summary>Whether a character ends a word (unless a backslash escapes it): space, syntax, or a typographic quote.</summary>
    public static bool EndsWord(char c) => char.IsWhiteSpace(c) || Special.Contains(c) || c is '“' or '”' or '„';

    /// <summary>Tokenizes a query.</summary>
    /// <param name="query">The query text.</param>
    /// <returns>The tokens, ending with <see cref="QueryTokenKind.End"/>.</returns>
    /// <exception cref="QueryException">An unclosed quote.</exception>
    public static List<QueryToken> Tokenize(string query)
    {
        var tokens = new List<QueryToken>();
        var i = 0;
        var rangeDepth = 0;
        while (i < query.Length)
        {
            var c = query[i];
            var column = i + 1;
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
                continue;
            }
            switch (c)
            {
                case '(':
                    tokens.Add(new QueryToken(QueryTokenKind.Open, "(", column));
                    i++;
                    continue;
                case ')':
                    tokens.Add(new QueryToken(QueryTokenKind.Close, ")", column));
                    i++;
                    continue;
                case '[' or '{':
                    rangeDepth++;
                    tokens.Add(new QueryToken(QueryTokenKind.RangeOpen, c.ToString(), column));
                    i++;
                    continue;
                case ']' or '}':
                    rangeDepth = Math.Max(0, rangeDepth - 1);
                    tokens.Add(new QueryToken(QueryTokenKind.RangeClose, c.ToString(), column));
                    i++;
                    continue;
                case '"' or '“' or '”' or '„':
                    i = ReadPhrase(query, i, tokens);
                    continue;
                case '~' or '^':
                    i = ReadSuffix(query, i, tokens);
                    continue;
                case ':':
                    throw new QueryException("a colon must follow a field name, as in title:word; quote the text to search for a colon", column);
                case '+' or '-' when IsClauseStart(tokens):
                    tokens.Add(new QueryToken(c == '+' ? QueryTokenKind.Plus : QueryTokenKind.Minus, c.ToString(), column));
                    i++;
                    continue;
            }
            i = ReadWord(query, i, tokens, rangeDepth > 0);
        }
        tokens.Add(new QueryToken(QueryTokenKind.End, "", query.Length + 1));
        return tokens;
    }

    // A + or - is an operator only where a clause starts: "e-mail" is one word.
    private static bool IsClauseStart(List<QueryToken> tokens) =>
        tokens.Count == 0 || tokens[^1].Kind is QueryTokenKind.Open or QueryTokenKind.And or QueryTokenKind.Or
            or QueryTokenKind.Not or QueryTokenKind.Plus or QueryTokenKind.Minus or QueryTokenKind.Word
            or QueryTokenKind.Phrase or QueryTokenKind.Close or QueryTokenKind.Tilde or QueryTokenKind.Caret
            or QueryTokenKind.RangeClose;

    private static int ReadPhrase(string query, int start, List<QueryToken> tokens)
    {
        var text = new StringBuilder();
        var i = start + 1;
        while (i < query.Length && query[i] is not ('"' or '“' or '”' or '„'))
        {
            if (query[i] == '\\' && i + 1 < query.Length)
            {
                i++;
            }
            text.Append(query[i]);
            i++;
        }
        if (i >= query.Length)
        {
            throw new QueryException("unclosed quote: the phrase that starts here has no closing \"", start + 1);
        }
        tokens.Add(new QueryToken(QueryTokenKind.Phrase, text.ToString(), start + 1));
        return i + 1;
    }

    private static int ReadSuffix(string query, int start, List<QueryToken> tokens)
    {
        var i = start + 1;
        while (i < query.Length && (char.IsAsciiDigit(query[i]) || query[i] == '.'))
        {
            i++;
        }
        var kind = query[start] == '~' ? QueryTokenKind.Tilde : QueryTokenKind.Caret;
        tokens.Add(new QueryToken(kind, query[(start + 1)..i], start + 1));
        return i;
    }

    private static int ReadWord(string query, int start, List<QueryToken> tokens, bool inRange)
    {
        var text = new StringBuilder();
        var i = start;
        while (i < query.Length && !EndsWord(query[i]))
        {
            if (query[i] == '\\' && i + 1 < query.Length)
            {
                i++;
            }
            text.Append(query[i]);
            i++;
        }
        var word = text.ToString();
        var column = start + 1;
        if (i < query.Length && query[i] == ':' && IsFieldName(word))
        {
            tokens.Add(new QueryToken(QueryTokenKind.Field, word, column));
            return i + 1;
        }
        var kind = word switch
        {
            "AND" or "&&" => QueryTokenKind.And,
            "OR" or "||" => QueryTokenKind.Or,
            "NOT" or "!" => QueryTokenKind.Not,
            "TO" when inRange => QueryTokenKind.To,
            _ => QueryTokenKind.Word,
        };
        tokens.Add(new QueryToken(kind, word, column));
        return i;
    }

    private static bool IsFieldName(string word) =>
        word.Length > 0 && char.IsAsciiLetter(word[0]) && word.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '_');
}
