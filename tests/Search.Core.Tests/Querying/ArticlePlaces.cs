namespace Search.Core.Tests.Querying;

/// <summary>
/// Where a phrase occurs in one article, written <c>003:body,c1</c>: the article (by the first three characters of its
/// id) and its places, each <c>title</c>, <c>body</c> or a comment id.
/// </summary>
public sealed record ArticlePlaces(string Id, IReadOnlySet<string> Places)
{
    private static readonly Dictionary<string, string> Ids = new()
    {
        ["000"] = "000_2bf88532322e37d8",
        ["001"] = "001_00ead3c6dcb612e8",
        ["002"] = "002_8c9b06bed0a07476",
        ["003"] = "003_7fdfd134df6d3be8",
        ["004"] = "004_cf40159e0b81012a",
    };

    public static ArticlePlaces Parse(string text)
    {
        var parts = text.Split(':');
        if (parts.Length != 2 || !Ids.TryGetValue(parts[0], out var id))
        {
            throw new ArgumentException($"not ARTICLE:PLACE,PLACE: {text}", nameof(text));
        }
        return new ArticlePlaces(id, parts[1].Split(',').ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Whether every place is a comment (the phrase occurs only in reader comments).</summary>
    public bool OnlyInComments => Places.All(p => p.StartsWith('c'));
}
