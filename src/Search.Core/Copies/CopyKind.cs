namespace Search.Core.Copies;

/// <summary>What a group of copies is made of.</summary>
public enum CopyKind
{
    /// <summary>Articles whose bodies are near-duplicates.</summary>
    Article,

    /// <summary>Comments with the same words in the same order.</summary>
    Comment,
}
