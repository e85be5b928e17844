namespace Search.Core.Schema;

/// <summary>Which text unqualified words are searched in (<c>--in</c>).</summary>
public enum SearchScope
{
    /// <summary>Title, body and comments.</summary>
    All,
    /// <summary>Title and body only.</summary>
    Articles,
    /// <summary>Comment text only.</summary>
    Comments,
}
