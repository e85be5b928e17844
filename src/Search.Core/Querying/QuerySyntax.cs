namespace Search.Core.Querying;

/// <summary>Which syntax a query is written in.</summary>
public enum QuerySyntax
{
    /// <summary>The project's own: <c>OR</c> binds loosest (<c>a b OR c</c> is <c>(a b) OR c</c>), errors name their column.</summary>
    Default,

    /// <summary>
    /// Lucene's classic syntax, as Lucene, Solr and Elasticsearch's <c>query_string</c> read it: <c>&amp;&amp;</c>,
    /// <c>||</c>, <c>!</c>, <c>?</c>, <c>/regex/</c> and backslash escapes, and Lucene's precedence.
    /// </summary>
    Lucene,
}
