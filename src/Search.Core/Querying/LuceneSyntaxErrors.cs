using System.Text.RegularExpressions;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Search.Core.Errors;

namespace Search.Core.Querying;

/// <summary>
/// Makes the classic parser's errors one line with a column, like our syntax's, instead of its multi-line
/// "Was expecting one of" text; and checks, before the parser sees a query, what it would report badly or not
/// survive: an unclosed quote or parenthesis, and nesting deep enough to exhaust its recursion.
/// </summary>
internal static partial class LuceneSyntaxErrors
{
    private const int MaxDepth = 100;

    /// <summary>Refuses an empty query, an unclosed quote or parenthesis, a stray <c>)</c>, or too deep nesting.</summary>
    /// <param name="query">The query text.</param>
    /// <exception cref="QueryException">What is wrong, and where.</exception>
    public static void Check(string query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            throw new QueryException("the query is empty");
        }
        var open = new Stack<int>();
        var quoteAt = -1;
        var regexAt = -1;
        for (var i = 0; i < query.Length; i++)
        {
            var c = query[i];
            if (c == '\\')
            {
                i++;
            }
            else if (quoteAt >= 0)
            {
                quoteAt = c == '"' ? -1 : quoteAt;
            }
            else if (regexAt >= 0)
            {
                regexAt = c == '/' ? -1 : regexAt;
            }
            else if (c == '"')
            {
                quoteAt = i;
            }
            else if (c == '/' && (i == 0 || char.IsWhiteSpace(query[i - 1]) || query[i - 1] is '(' or ':' or '+' or '-' or '!'))
            {
                // A slash starts a regular expression only where a word could start, as in the classic lexer.
                regexAt = i;
            }
            else if (c == '(')
            {
                open.Push(i);
                if (open.Count > MaxDepth)
                {
                    throw new QueryException($"the query nests parentheses more than {MaxDepth} deep", i + 1);
                }
            }
            else if (c == ')' && !open.TryPop(out _))
            {
                throw new QueryException(") has no matching (", i + 1);
            }
        }
        if (quoteAt >= 0)
        {
            throw new QueryException("unclosed quote: the phrase that starts here has no closing \"", quoteAt + 1);
        }
        if (regexAt >= 0)
        {
            throw new QueryException("unclosed regular expression: the / that starts here has no closing /", regexAt + 1);
        }
        if (open.Count > 0)
        {
            throw new QueryException("( has no matching )", open.Peek() + 1);
        }
    }

    /// <summary>The parser's error as one line with a column.</summary>
    /// <param name="error">What <c>Parse</c> threw: it wraps the parser's own exception.</param>
    public static QueryException Translate(ParseException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.InnerException switch
        {
            ParseException { CurrentToken.Next: { } bad } inner when bad.Kind == 0 =>
                new QueryException($"{QueryException.Quote(inner.CurrentToken.Image)} has nothing after it", Column(inner.CurrentToken)),
            ParseException { CurrentToken.Next: { } bad } =>
                new QueryException($"unexpected {QueryException.Quote(bad.Image)}", Column(bad)),
            ParseException inner => new QueryException(QueryException.Quote(inner.Message.TrimEnd('.').ToLowerInvariant())),
            TokenMgrError lexical when LexicalColumn().Match(lexical.Message) is { Success: true } m =>
                new QueryException("cannot read the query here", int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)),
            BooleanQuery.TooManyClausesException =>
                new QueryException($"the query expands to more than {BooleanQuery.MaxClauseCount:N0} clauses in one group; split it into several"),
            _ => new QueryException("the query cannot be read in Lucene's syntax"),
        };
    }

    // Lucene.Net's character stream counts columns from 0; ours, like an editor's, from 1.
    private static int Column(Token token) => token.BeginColumn + 1;

    [GeneratedRegex(@"column (\d+)")]
    private static partial Regex LexicalColumn();
}
