using System.Security.Cryptography;
using System.Text;
using Search.Core.Corpus;
using Search.Core.Snippets;

namespace Search.Core.Privacy;

/// <summary>
/// Commenter names replaced by salted tokens (<c>u-3f9a1c0b7d2e</c>), as 4CAT pseudonymises on export: what one
/// commenter said can still be followed and counted across articles and commands, without the name leaving the
/// machine. The same name gives the same token under one salt; without the salt a token cannot be traced back by
/// hashing a list of likely names, and another salt gives unrelated tokens, so two exports cannot be joined on them.
/// </summary>
public sealed class Pseudonyms
{
    // 12 hex digits, 48 bits: a collision between two names of one corpus is unlikely below millions of commenters,
    // and the token stays short enough to read in a line of output.
    private const int TokenBytes = 6;

    private readonly byte[] _key;

    /// <summary>Tokens under this salt.</summary>
    /// <param name="salt">Any text; its UTF-8 bytes are the HMAC key. Keep it to make the same tokens again, and private.</param>
    public Pseudonyms(string salt)
    {
        ArgumentNullException.ThrowIfNull(salt);
        _key = Encoding.UTF8.GetBytes(salt);
    }

    /// <summary>
    /// The token of a name: <c>u-</c> and the first 12 lower-case hex digits of HMAC-SHA256 (key: the salt) of the
    /// name's <see cref="NameKey"/>, so the spellings of one name a page shows (case, spacing, curly quotes) share one.
    /// </summary>
    /// <param name="name">A commenter's name as the page shows it, or null.</param>
    /// <returns>The token; null for no name, so that an anonymous comment stays anonymous rather than becoming one more commenter.</returns>
    public string? Of(string? name)
    {
        var key = NameKey.Of(name);
        if (key.Length == 0)
        {
            return null;
        }
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(key), hash);
        return "u-" + Convert.ToHexStringLower(hash[..TokenBytes]);
    }

    /// <summary>
    /// The article with every comment's author replaced by its token. The byline (<see cref="Article.Author"/>) stays:
    /// it is the name the journalist published under, not a reader's. Names written inside a comment's or the
    /// article's text stay too: finding them would mean guessing at names in prose.
    /// </summary>
    /// <param name="article">An article as read or stored.</param>
    /// <returns>A copy with pseudonymous comment authors; ids, parents, dates and text unchanged.</returns>
    public Article Apply(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article.Comments.Count == 0
            ? article
            : article with { Comments = [.. article.Comments.Select(c => c with { Author = Of(c.Author) })] };
    }

    /// <summary>A search hit's match with its comment's author replaced by its token, the same token <see cref="Apply(Article)"/> gives.</summary>
    /// <param name="match">A match in a title, body or comment; only a comment's carries an author.</param>
    /// <returns>A copy with the author's token; the snippet unchanged.</returns>
    public HitMatch Apply(HitMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return match.Author is null ? match : match with { Author = Of(match.Author) };
    }

    /// <summary>
    /// A salt for one run when none is given: 16 random bytes as 32 hex digits. Its tokens are consistent within the
    /// run and unrelated to any other run's, which is the safe default when nobody chose to link runs.
    /// </summary>
    /// <returns>32 lower-case hex digits.</returns>
    public static string RandomSalt() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
