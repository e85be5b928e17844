namespace Search.Core.Schema;

/// <summary>Where in an article a match is.</summary>
public enum MatchLocation
{
    /// <summary>The headline.</summary>
    Title,
    /// <summary>The article text.</summary>
    Body,
    /// <summary>A reader comment.</summary>
    Comment,
}
