namespace Search.Core.Who;

/// <summary>One group's counts for one narrative (and one period, with <see cref="WhoRequest.ByPeriod"/>).</summary>
/// <param name="Narrative">The narrative's id.</param>
/// <param name="Period">The period's name, or null when not counted by period.</param>
/// <param name="Group">The group as the page shows it: a name, a site, a byline, an article id; or <see cref="WhoNames.Unnamed"/>.</param>
/// <param name="Unnamed">Whether the group is the one of no name (comments without an author, articles without a site or byline).</param>
/// <param name="Matches">How many of its units match.</param>
/// <param name="Total">How many units it has in all, within the days counted.</param>
/// <param name="Ratio">Matches out of total; null when the total is 0.</param>
/// <param name="FirstSeen">The day of its earliest dated match, <c>yyyy-MM-dd</c>, or null.</param>
/// <param name="FirstId">That match: <c>ARTICLE/COMMENT</c> for a comment, the article id for an article.</param>
/// <param name="LastSeen">The day of its latest dated match, or null.</param>
/// <param name="LastId">That match.</param>
/// <param name="Articles">How many different articles (threads) its matches are in.</param>
public sealed record WhoRow(
    string Narrative,
    string? Period,
    string Group,
    bool Unnamed,
    long Matches,
    long Total,
    double? Ratio,
    string? FirstSeen,
    string? FirstId,
    string? LastSeen,
    string? LastId,
    long Articles)
{
    /// <summary>With copies counted once (<see cref="WhoRequest.Collapse"/>): <see cref="Matches"/> less the copies whose earliest matching member is elsewhere (in another group, or earlier in this one); null otherwise.</summary>
    public long? MatchesCollapsed { get; init; }

    /// <summary>With copies counted once: <see cref="Total"/> with each group of copies once, under its earliest member; null otherwise.</summary>
    public long? TotalCollapsed { get; init; }
}
