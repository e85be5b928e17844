using System.Text;

namespace Search.Tests.Shared;

/// <summary>
/// Generates hostile query strings from a seed: random Unicode (controls, lone surrogates, emoji, right-to-left text),
/// very long words and strings, deep nesting, thousands of terms, and every operator in odd places.
/// </summary>
internal sealed class QueryFuzzer(int seed)
{
    private static readonly string[] Pieces =
    [
        "(", ")", "\"", "“", "”", "+", "-", "!", "~", "~2", "~x", "^", "^2", "^0", "*", "?", ":", "[", "]", "{", "}", "TO",
        "AND", "OR", "NOT", "&&", "||", "\\", "/", "/multipol.r/", "/[a-z]+/", "te?t", "\\u004", "*:*", "title:", "body:", "comment:", "author:", "source:", "published:", "id:",
        "nosuch:", "multipolar", "world", "war", "the", "Russia’s", "Türkiye", "multipol*", "*polar", "multipolr~",
        "published:[2023-01-01 TO *]", "\"hybrid war\"~3", "a", " ", "  ", "\t", "\n", "0", "-1", "1e309", "NaN",
    ];

    private static readonly string[] Exotic =
    [
        "\u0000", "\u0007", "\u001b[31m", "\u007f", "\u200b", "\u200e", "\u202e", "\ufeff", "\ufffd", "\ud800", "\udfff",
        "😀", "👩‍👩‍👧", "🇷🇺", "مرحبا", "שלום", "Привет мир", "多極世界", "ﬁ", "İı", "ß", "e\u0301", "\u2028",
    ];

    private readonly Random _random = new(seed);

    public string Next()
    {
        return _random.Next(100) switch
        {
            < 35 => FromPieces(_random.Next(1, 12)),
            < 55 => RandomUnicode(_random.Next(0, 40)),
            < 65 => Mixed(_random.Next(1, 20)),
            < 72 => Nested(_random.Next(1, 400)),
            // Thousands of terms are slow to run by nature: a few of them suffice.
            < 73 => ManyTerms(_random.Next(200, 3000)),
            < 84 => new string('x', _random.Next(200, 5000)) + (_random.Next(2) == 0 ? "*" : ""),
            < 90 => FromPieces(_random.Next(20, 80)),
            < 95 => "\"" + FromPieces(_random.Next(1, 6)) + (_random.Next(2) == 0 ? "\"" : ""),
            _ => Mixed(_random.Next(1, 4)) + "~" + _random.Next(-2, 5),
        };
    }

    /// <summary>A string of about 100 KB.</summary>
    public string Huge()
    {
        var text = new StringBuilder();
        while (text.Length < 100_000)
        {
            text.Append(_random.Next(3) == 0 ? RandomUnicode(50) : FromPieces(20)).Append(' ');
        }
        return text.ToString();
    }

    private string FromPieces(int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append(Pieces[_random.Next(Pieces.Length)]);
            if (_random.Next(3) > 0)
            {
                text.Append(' ');
            }
        }
        return text.ToString();
    }

    private string Mixed(int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append(_random.Next(2) == 0 ? Exotic[_random.Next(Exotic.Length)] : Pieces[_random.Next(Pieces.Length)]);
        }
        return text.ToString();
    }

    private string RandomUnicode(int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = _random.Next(4) switch
            {
                0 => (char)_random.Next(0, 0x80),
                1 => (char)_random.Next(0x80, 0x800),
                2 => (char)_random.Next(0xD800, 0xE000),
                _ => (char)_random.Next(0, 0x10000),
            };
        }
        return new string(chars);
    }

    private string Nested(int depth) =>
        new string('(', depth) + FromPieces(2) + new string(')', _random.Next(2) == 0 ? depth : _random.Next(depth + 1));

    private string ManyTerms(int count) =>
        string.Join(_random.Next(2) == 0 ? " " : " OR ", Enumerable.Range(0, count).Select(i => "w" + (i % 97) + (_random.Next(5) == 0 ? "*" : "")));
}
