namespace Search.Core.Schema;

/// <summary>One field of the index as <c>index-schema/schema.json</c> declares it.</summary>
/// <param name="Name">The Lucene field name.</param>
/// <param name="From">What it is filled from, such as <c>article.title</c> or <c>comment.body</c>.</param>
/// <param name="Holds">A plain description of its content.</param>
/// <param name="Analyzer">The analyzer's name: <c>english</c>, <c>exact</c>, <c>name</c>, <c>keyword</c> or <c>none</c>.</param>
/// <param name="Indexed">Whether it can be searched.</param>
/// <param name="Stored">Whether its value can be read back from the index.</param>
/// <param name="Boost">Its weight in ranking, relative to the body's 1.0.</param>
/// <param name="On">The kinds of document that carry it (<see cref="DocumentKind"/>).</param>
/// <param name="SearchedAs">On a comment document, the query field it answers for (<c>comment</c>, <c>author</c>), or null.</param>
internal sealed record FieldDefinition(
    string Name,
    string From,
    string Holds,
    string Analyzer,
    bool Indexed,
    bool Stored,
    float Boost,
    IReadOnlyList<string> On,
    string? SearchedAs = null)
{
    /// <summary>Whether documents of a kind carry the field.</summary>
    public bool IsOn(string kind) => On.Contains(kind);
}
