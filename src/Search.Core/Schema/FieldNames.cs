namespace Search.Core.Schema;

/// <summary>
/// The names of the schema fields that code reads back by name. The schema file may change anything else about
/// them (analyzer, boost, description); a test checks that each name here is declared in the schema.
/// </summary>
internal static class FieldNames
{
    /// <summary>"article", "comment" or "file".</summary>
    public const string Kind = "kind";
    /// <summary>The corpus file an article came from.</summary>
    public const string Path = "path";
    /// <summary>The article id.</summary>
    public const string Id = "id";
    /// <summary>The headline.</summary>
    public const string Title = "title";
    /// <summary>The article text.</summary>
    public const string Body = "body";
    /// <summary>Comment texts.</summary>
    public const string Comment = "comment";
    /// <summary>Comment authors.</summary>
    public const string Author = "author";
    /// <summary>The article's author.</summary>
    public const string Byline = "byline";
    /// <summary>The publishing site.</summary>
    public const string Source = "source";
    /// <summary>The publication date.</summary>
    public const string Published = "published";
    /// <summary>The page address.</summary>
    public const string Url = "url";
    /// <summary>The stored comment thread.</summary>
    public const string Thread = "thread";
    /// <summary>An article's publication day, as a day number column.</summary>
    public const string Day = "day";
    /// <summary>On a comment document: its article's id.</summary>
    public const string CommentArticle = "comment_article";
    /// <summary>On a comment document: its id in the thread.</summary>
    public const string CommentId = "comment_id";
    /// <summary>On a comment document: its author's name as the page shows it.</summary>
    public const string CommentAuthor = "comment_author";
    /// <summary>On a comment document: its date (its article's where it has none).</summary>
    public const string CommentPublished = "comment_published";
    /// <summary>On a comment document: the day it is counted under, as a day number column.</summary>
    public const string CommentDay = "comment_day";
    /// <summary>On an article document: its site as <c>search who</c> groups it.</summary>
    public const string SourceKey = "source_key";
    /// <summary>On an article document: its byline as <c>search who</c> groups it.</summary>
    public const string BylineKey = "byline_key";
    /// <summary>On a comment document: its author as <c>search who</c> groups it.</summary>
    public const string Commenter = "commenter";
    /// <summary>On an article document: its body's MinHash signature (a column).</summary>
    public const string CopySignature = "copy_signature";
    /// <summary>On a comment document: its text's fingerprint (a column).</summary>
    public const string CopyFingerprint = "copy_fingerprint";
    /// <summary>On an article document: its id as a column, for listing hits.</summary>
    public const string IdColumn = "id_column";
    /// <summary>On an article document: its headline as a column.</summary>
    public const string TitleColumn = "title_column";
    /// <summary>On an article document: its site as a column.</summary>
    public const string SourceColumn = "source_column";
    /// <summary>On an article document: its date as a column.</summary>
    public const string PublishedColumn = "published_column";
    /// <summary>On an article document: its corpus file as a column.</summary>
    public const string PathColumn = "path_column";
    /// <summary>A file record's corpus file.</summary>
    public const string FilePath = "file_path";
    /// <summary>A file record's size.</summary>
    public const string FileSize = "file_size";
    /// <summary>A file record's modification time.</summary>
    public const string FileModified = "file_modified";
    /// <summary>A file record's content hash.</summary>
    public const string FileHash = "file_hash";
    /// <summary>A file record's article count.</summary>
    public const string FileArticles = "file_articles";
    /// <summary>A file record's comment count.</summary>
    public const string FileComments = "file_comments";

    /// <summary>The day columns: an article's and a comment's, which no document has both of.</summary>
    public static IReadOnlyList<string> DayColumns { get; } = [Day, CommentDay];

    /// <summary>Every name above, for the check against the schema.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Kind, Path, Id, Title, Body, Comment, Author, Byline, Source, Published, Url, Thread, Day, CommentArticle, CommentId, CommentAuthor, CommentPublished, CommentDay,
        SourceKey, BylineKey, Commenter, CopySignature, CopyFingerprint,
        IdColumn, TitleColumn, SourceColumn, PublishedColumn, PathColumn,
        FilePath, FileSize, FileModified, FileHash, FileArticles, FileComments,
    ];
}
