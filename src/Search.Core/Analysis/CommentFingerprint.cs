namespace Search.Core.Analysis;

/// <summary>
/// What makes two comments copies of each other: the same <see cref="FoldedWords"/> in the same order. A comment of
/// fewer than <see cref="MinWords"/> words has no fingerprint: "Thanks!", "+1" or "So true." are said by many people
/// independently, and clustering them would drown the pasted comments worth finding.
/// </summary>
internal static class CommentFingerprint
{
    /// <summary>The fewest words a comment needs to be clustered with its copies.</summary>
    public const int MinWords = 6;

    /// <summary>The fingerprint of a comment's text, never 0; null when it is shorter than <see cref="MinWords"/>.</summary>
    /// <param name="text">The comment's text.</param>
    public static long? Of(string text)
    {
        var words = new List<ulong>();
        FoldedWords.Hash(text, words);
        if (words.Count < MinWords)
        {
            return null;
        }
        var hash = 0x9E3779B97F4A7C15UL;
        foreach (var word in words)
        {
            hash = FoldedWords.Mix(hash ^ word);
        }
        // 0 is what the index reads for a comment with no fingerprint.
        return hash == 0 ? 1 : (long)hash;
    }
}
