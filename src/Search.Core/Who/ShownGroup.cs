namespace Search.Core.Who;

/// <summary>A group kept for the table: its number, its matches, and its total within the days counted.</summary>
internal sealed record ShownGroup(int Group, GroupTally Tally, long Total);
