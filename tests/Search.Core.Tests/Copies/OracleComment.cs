namespace Search.Core.Tests.Copies;

/// <summary>A generated comment: its group is the text it repeats (its own for a first posting).</summary>
internal sealed record OracleComment(string Id, string Author, DateOnly Day, string Text, string Group)
{
    public bool Has(string word) => OracleArticle.Words(Text).Contains(word);
}
