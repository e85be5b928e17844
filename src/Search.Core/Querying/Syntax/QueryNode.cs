namespace Search.Core.Querying.Syntax;

/// <summary>A parsed query: the tree the query text describes, before it is turned into Lucene queries.</summary>
/// <param name="Column">Where the node starts in the query text, 1-based, for error messages.</param>
internal abstract record QueryNode(int Column)
{
    /// <summary>
    /// The node as query syntax, with parentheses around every group so that the tree's structure shows
    /// (<c>a b OR c</c> prints <c>((a b) OR c)</c>); parsing it gives the same tree, columns aside.
    /// </summary>
    public abstract override string ToString();
}
