namespace Search.Core.Schema;

/// <summary>What a query is matched against (<c>--scope</c>, or <c>--in</c> for short).</summary>
public enum SearchScope
{
    /// <summary>The whole thread: an article counts when its title, body and comments together match.</summary>
    Thread,
    /// <summary>Title and body only.</summary>
    Body,
    /// <summary>Comment text only, each comment on its own: an article counts when one of its comments matches.</summary>
    Comments,
    /// <summary>
    /// Like <see cref="Comments"/>, and only in dense threads: those where at least a share of at least a number of
    /// comments match (<see cref="DenseThreads"/>), a pile-on rather than a stray mention.
    /// </summary>
    Dense,
}
