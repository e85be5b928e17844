namespace Search.Tests.Shared;

/// <summary>
/// A thread as deep as a thread gets, in the interchange format: <c>c1</c> at the top and each comment after it a reply
/// to the one before (<c>c2</c> to <c>c1</c>, <c>c3</c> to <c>c2</c>, ...), each with the body <c>reply N</c>.
/// </summary>
internal static class ReplyChainJson
{
    /// <summary>The <c>comments</c> array of <paramref name="count"/> such comments.</summary>
    public static string Comments(int count) =>
        "[" + string.Join(", ", Enumerable.Range(1, count).Select(i =>
            $"{{\"id\": \"c{i}\", \"parent\": {(i == 1 ? "null" : $"\"c{i - 1}\"")}, \"body\": \"reply {i}\"}}")) + "]";
}
