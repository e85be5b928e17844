using System.Globalization;
using Search.Core.Errors;

namespace Search.Core.Querying.Syntax;

/// <summary>
/// Parses the query syntax into a <see cref="QueryNode"/> tree. <c>OR</c> binds loosest, then the implicit
/// <c>AND</c> between clauses; <c>-</c>, <c>NOT</c> and <c>+</c> apply to the clause after them. Every malformed
/// query is reported as a <see cref="QueryException"/> that names the problem and its column.
/// </summary>
internal sealed class QueryParser
{
    private const int MaxSlop = 1000;
    private const int MaxDepth = 100;

    /// <summary>How many words, phrases and field clauses one query may hold; each costs a term lookup per field and segment.</summary>
    public const int MaxClauses = 256;

    /// <summary>How many prefix (<c>w*</c>) and fuzzy (<c>w~</c>) words one query may hold; each reads many terms.</summary>
    public const int MaxExpandingWords = 16;

    private readonly List<QueryToken> _tokens;
    private int _next;
    private int _depth;
    private int _clauses;
    private int _expanding;

    private QueryParser(List<QueryToken> tokens) => _tokens = tokens;

    private QueryToken Current => _tokens[_next];

    /// <summary>Parses a query text.</summary>
    /// <param name="query">The text, as typed.</param>
    /// <exception cref="QueryException">The query is empty or malformed.</exception>
    public static QueryNode Parse(string query)
    {
        var tokens = QueryLexer.Tokenize(query);
        if (tokens.Count == 1)
        {
            throw new QueryException("the query is empty");
        }
        var parser = new QueryParser(tokens);
        var node = parser.ParseAny();
        if (parser.Current.Kind == QueryTokenKind.Close)
        {
            throw new QueryException(") has no matching (", parser.Current.Column);
        }
        if (parser.Current.Kind != QueryTokenKind.End)
        {
            throw Unexpected(parser.Current);
        }
        return node;
    }

    private QueryToken Take() => _tokens[_next++];

    private bool AtClauseEnd => Current.Kind is QueryTokenKind.End or QueryTokenKind.Close or QueryTokenKind.Or or QueryTokenKind.And;

    private QueryNode ParseAny()
    {
        if (++_depth > MaxDepth)
        {
            throw new QueryException($"the query nests parentheses more than {MaxDepth} deep", Current.Column);
        }
        var start = Current.Column;
        if (Current.Kind == QueryTokenKind.Or)
        {
            throw new QueryException("OR has nothing before it", Current.Column);
        }
        var alternatives = new List<QueryNode> { ParseAll() };
        while (Current.Kind == QueryTokenKind.Or)
        {
            var or = Take();
            if (AtClauseEnd)
            {
                throw new QueryException("OR has nothing after it", or.Column);
            }
            alternatives.Add(ParseAll());
        }
        _depth--;
        return alternatives.Count == 1 ? alternatives[0] : new AnyNode(alternatives, start);
    }

    private QueryNode ParseAll()
    {
        var start = Current.Column;
        var required = new List<QueryNode>();
        var excluded = new List<QueryNode>();
        while (Current.Kind is not (QueryTokenKind.End or QueryTokenKind.Close or QueryTokenKind.Or))
        {
            if (Current.Kind == QueryTokenKind.And)
            {
                var and = Take();
                if (required.Count + excluded.Count == 0)
                {
                    throw new QueryException("AND has nothing before it", and.Column);
                }
                if (AtClauseEnd)
                {
                    throw new QueryException("AND has nothing after it", and.Column);
                }
                continue;
            }
            var exclude = false;
            if (Current.Kind is QueryTokenKind.Plus or QueryTokenKind.Minus or QueryTokenKind.Not)
            {
                var op = Take();
                exclude = op.Kind != QueryTokenKind.Plus;
                if (AtClauseEnd || Current.Kind is QueryTokenKind.Plus or QueryTokenKind.Minus or QueryTokenKind.Not)
                {
                    throw new QueryException($"{op.Text} has nothing after it", op.Column);
                }
            }
            (exclude ? excluded : required).Add(ParseClause());
        }
        if (required.Count + excluded.Count == 0)
        {
            throw Current.Kind == QueryTokenKind.Close
                ? new QueryException("empty parentheses", Current.Column)
                : new QueryException("the query is empty");
        }
        return required.Count == 1 && excluded.Count == 0 ? required[0] : new AllNode(required, excluded, start);
    }

    private QueryNode ParseClause()
    {
        if (Current.Kind is QueryTokenKind.Word or QueryTokenKind.Phrase or QueryTokenKind.Field && ++_clauses > MaxClauses)
        {
            throw new QueryException($"the query has more than {MaxClauses:N0} words and phrases; split it into several (search batch runs many at once)", Current.Column);
        }
        var node = ParsePrimary();
        if (Current.Kind == QueryTokenKind.Caret)
        {
            var caret = Take();
            if (!float.TryParse(caret.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var boost) || boost <= 0 || boost > 1000)
            {
                throw new QueryException("^ needs a weight above 0, as in title:putin^2", caret.Column);
            }
            node = new BoostNode(node, boost, node.Column);
        }
        return node;
    }

    private QueryNode ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case QueryTokenKind.Open:
                Take();
                if (Current.Kind == QueryTokenKind.Close)
                {
                    throw new QueryException("empty parentheses", token.Column);
                }
                var inner = ParseAny();
                if (Current.Kind != QueryTokenKind.Close)
                {
                    throw new QueryException("( is never closed", token.Column);
                }
                Take();
                return inner;
            case QueryTokenKind.Field:
                Take();
                return new FieldNode(token.Text.ToLowerInvariant(), ParseFieldValue(token), token.Column);
            case QueryTokenKind.Word:
                return ParseWord();
            case QueryTokenKind.Phrase:
                return ParsePhrase();
            case QueryTokenKind.RangeOpen:
                throw new QueryException("a range needs a field, as in published:[2023-01-01 TO 2023-12-31]", token.Column);
            case QueryTokenKind.Close:
                throw new QueryException(") has no matching (", token.Column);
            case QueryTokenKind.Tilde:
                throw new QueryException("~ must follow a word or a phrase", token.Column);
            case QueryTokenKind.Caret:
                throw new QueryException("^ must follow a word, a phrase or a group", token.Column);
            default:
                throw Unexpected(token);
        }
    }

    private QueryNode ParseFieldValue(QueryToken field)
    {
        return Current.Kind switch
        {
            QueryTokenKind.RangeOpen => ParseRange(),
            QueryTokenKind.Word or QueryTokenKind.Phrase or QueryTokenKind.Open => ParsePrimary(),
            _ => throw new QueryException($"{QueryException.Quote(field.Text)}: has nothing after it", field.Column),
        };
    }

    private WordNode ParseWord()
    {
        var token = Take();
        var text = token.Text;
        if (text.StartsWith('*') || text.StartsWith('?'))
        {
            throw new QueryException($"a word cannot start with a wildcard ({QueryException.Quote(text)}): that would read every word in the index", token.Column);
        }
        var prefix = text.EndsWith('*');
        var core = text.TrimEnd('*');
        if ((prefix || Current.Kind == QueryTokenKind.Tilde) && ++_expanding > MaxExpandingWords)
        {
            throw new QueryException($"the query has more than {MaxExpandingWords} prefix (*) or fuzzy (~) words; use fewer", token.Column);
        }
        if (core.Contains('*'))
        {
            throw new QueryException($"* can only end a word, as in multipol* ({QueryException.Quote(text)})", token.Column);
        }
        int? edits = null;
        if (Current.Kind == QueryTokenKind.Tilde)
        {
            var tilde = Take();
            if (prefix)
            {
                throw new QueryException("a word cannot be both a prefix (*) and fuzzy (~)", tilde.Column);
            }
            edits = tilde.Text.Length == 0 ? 2
                : int.TryParse(tilde.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 0 and <= 2 ? n
                : throw new QueryException("~ after a word takes 0, 1 or 2 (the edits allowed), as in multipolr~1", tilde.Column);
        }
        return new WordNode(core, prefix, edits, token.Column);
    }

    private PhraseNode ParsePhrase()
    {
        var token = Take();
        var slop = 0;
        if (Current.Kind == QueryTokenKind.Tilde)
        {
            var tilde = Take();
            if (!int.TryParse(tilde.Text, NumberStyles.None, CultureInfo.InvariantCulture, out slop) || slop > MaxSlop)
            {
                throw new QueryException($"~ after a phrase takes a distance from 0 to {MaxSlop}, as in \"hybrid war\"~3", tilde.Column);
            }
        }
        return new PhraseNode(token.Text, slop, token.Column);
    }

    private RangeNode ParseRange()
    {
        var open = Take();
        string? Bound()
        {
            if (Current.Kind is not (QueryTokenKind.Word or QueryTokenKind.Phrase))
            {
                throw new QueryException("a range is written [FROM TO UNTIL], as in published:[2023-01-01 TO 2023-12-31]", open.Column);
            }
            var text = Take().Text;
            return text == "*" ? null : text;
        }
        var lower = Bound();
        if (Current.Kind != QueryTokenKind.To)
        {
            throw new QueryException("a range is written [FROM TO UNTIL], as in published:[2023-01-01 TO 2023-12-31]", open.Column);
        }
        Take();
        var upper = Bound();
        if (Current.Kind != QueryTokenKind.RangeClose)
        {
            throw new QueryException($"the range is never closed with {(open.Text == "[" ? "]" : "}")}", open.Column);
        }
        var close = Take();
        return new RangeNode(lower, upper, open.Text == "[", close.Text == "]", open.Column);
    }

    private static QueryException Unexpected(QueryToken token) => token.Kind switch
    {
        QueryTokenKind.RangeClose => new QueryException($"{QueryException.Quote(token.Text)} closes no range", token.Column),
        QueryTokenKind.To => new QueryException("TO belongs inside a range", token.Column),
        _ => new QueryException($"unexpected {QueryException.Quote(token.Text)}", token.Column),
    };
}
