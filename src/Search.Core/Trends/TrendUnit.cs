namespace Search.Core.Trends;

/// <summary>What a trend counts (<c>--unit</c>).</summary>
public enum TrendUnit
{
    /// <summary>Articles with at least one match in scope, under the article's date; out of all articles of the period.</summary>
    Articles,
    /// <summary>Comments that match on their own, each once, under the comment's date (its article's where it has none); out of all comments of the period.</summary>
    Comments,
    /// <summary>Places where one of the query's words or phrases occurs, in the matching articles and comments; no denominator.</summary>
    Occurrences,
}
