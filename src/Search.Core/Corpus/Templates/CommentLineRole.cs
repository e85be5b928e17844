namespace Search.Core.Corpus.Templates;

/// <summary>What a line of a comment section is to <see cref="CommentSectionReader"/>.</summary>
internal enum CommentLineRole
{
    /// <summary>Comment text.</summary>
    Text,

    /// <summary>A short line that may name the commenter.</summary>
    Name,

    /// <summary>A date or time and nothing else.</summary>
    Date,

    /// <summary>A commenter's name with the date, or <c>NAME says:</c>: certainly the start of a comment.</summary>
    Head,

    /// <summary>Buttons, counters, pingbacks, labels the widget repeats: in no comment.</summary>
    Skip,
}
