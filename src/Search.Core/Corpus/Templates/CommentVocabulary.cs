using System.Text.RegularExpressions;

namespace Search.Core.Corpus.Templates;

/// <summary>
/// The words comment systems (WordPress, Blogger, Disqus, forum widgets) print around comments, in English, German
/// and Russian: the line that opens a comment section, the form that closes it, the buttons under each comment,
/// and pingbacks. These are the comment systems' own words, not any one site's.
/// </summary>
internal static partial class CommentVocabulary
{
    // Buttons and counters under a comment; a line made only of these (even run together: "REPLYDELETE") is one.
    private static readonly string[] Actions =
    [
        "reply", "replies", "delete", "like", "liked", "likes", "share", "report", "quote", "edit", "translate",
        "permalink", "flag", "upvote", "downvote", "vote", "votes", "people", "person", "by", "antworten", "antwort",
        "löschen", "melden", "teilen", "zitieren", "daumen", "hoch", "runter", "übersetzen", "ответить", "ответ",
        "удалить", "цитировать", "пожаловаться", "нравится", "and",
    ];

    /// <summary>Whether a line opens a comment section: <c>5 thoughts on “Title”</c>, <c>24 Comments:</c>,
    /// <c>Kommentare ( 56 )</c>, <c>Comments</c>.</summary>
    /// <param name="line">A trimmed line.</param>
    public static bool IsSectionHeader(string line) => line.Length <= 200 && (CountHeader().IsMatch(line) || BareHeader().IsMatch(line));

    /// <summary>Whether a line belongs to the comment form or the widget's paging, after which no comment follows.</summary>
    /// <param name="line">A trimmed line.</param>
    public static bool IsFormLine(string line) => line.Length <= 200 && Form().IsMatch(line);

    /// <summary>Whether a line is only buttons and counters (<c>Reply</c>, <c>LikeLiked by 21 people</c>, <c>AntwortenLöschen</c>).</summary>
    /// <param name="line">A trimmed line.</param>
    public static bool IsActionLine(string line)
    {
        var rest = new string([.. line.ToLowerInvariant().Where(char.IsLetter)]);
        if (rest.Length == 0)
        {
            return line.Length <= 12; // a vote count ("4", "-1") or a lone symbol
        }
        while (rest.Length > 0)
        {
            var word = Actions.Where(a => rest.StartsWith(a, StringComparison.Ordinal)).MaxBy(a => a.Length);
            if (word is null)
            {
                return false;
            }
            rest = rest[word.Length..];
        }
        return true;
    }

    /// <summary>Whether a line is a pingback or trackback: a link from another site, not a reader's comment.</summary>
    /// <param name="line">A trimmed line.</param>
    public static bool IsPingback(string line) => Pingback().IsMatch(line);

    /// <summary>Whether a line names a commenter as WordPress does: <c>NAME says:</c>, <c>NAME sagt:</c>.</summary>
    /// <param name="line">A trimmed line.</param>
    /// <param name="author">The name.</param>
    public static bool IsSaysLine(string line, out string author)
    {
        var match = Says().Match(line);
        author = match.Success ? match.Groups["author"].Value.Trim() : "";
        return match.Success;
    }

    private const string Nouns = @"(?:thoughts?|responses?|comments?|replies|reactions?|opinions?|kommentare?|meinungen|antworten|reaktionen|комментари\p{L}*|отзыв\p{L}*|ответ\p{L}*)";

    [GeneratedRegex(@"^\W{0,3}(?:\d+|one|no|ein|eine|keine)\s+" + Nouns + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountHeader();

    [GeneratedRegex(@"^(?:comments?|kommentare?|комментари\p{L}*|discussion|diskussion|обсуждение|reader interactions|join the discussion)\s*(?:\(\s*\d+\s*\)|\d+)?\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex BareHeader();

    [GeneratedRegex(@"^(?:leave a (?:reply|comment)|post a comment|add (?:a )?comment|write a comment|submit a comment|cancel reply|your email address will not be published|you must be logged in to post a comment|comments are closed|show more comments|load more|view all \d+ comments|please enable javascript to view the comments|kommentar (?:hinzufügen|verfassen|schreiben)|schreibe einen kommentar|hinterlasse einen kommentar|deine e-mail-adresse wird nicht veröffentlicht|ihre e-mail-adresse wird nicht veröffentlicht|weitere (?:laden|kommentare anzeigen)|добавить комментарий|оставить комментарий|написать комментарий|показать (?:ещё|еще) комментари)", RegexOptions.IgnoreCase)]
    private static partial Regex Form();

    [GeneratedRegex(@"^(?:pingback|trackback)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex Pingback();

    [GeneratedRegex(@"^(?<author>\S.{0,60}?)\s+(?:says|said|sagt|schreibt|пишет|говорит)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex Says();
}
