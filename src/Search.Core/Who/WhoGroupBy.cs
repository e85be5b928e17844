namespace Search.Core.Who;

/// <summary>What <c>search who</c> groups the matches by (<c>--by</c>).</summary>
public enum WhoGroupBy
{
    /// <summary>The comment's author, as the page shows the name (folded: <see cref="Corpus.NameKey"/>); counts comments.</summary>
    Commenter,
    /// <summary>The article's site; counts articles, or the comments under them.</summary>
    Source,
    /// <summary>The article's byline; counts articles, or the comments under them.</summary>
    Author,
    /// <summary>The article: the threads where it is said most; counts comments.</summary>
    Article,
}
