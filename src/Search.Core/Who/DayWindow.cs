using Search.Core.Trends;

namespace Search.Core.Who;

/// <summary>
/// The days <c>search who</c> counts, as <see cref="DayColumns.Days"/> values (a day number plus one, 0 for undated):
/// every unit with no bound, else the dated units between them (an undated unit cannot be said to fall within).
/// </summary>
internal readonly record struct DayWindow(DateOnly? From, DateOnly? To)
{
    /// <summary>Whether a unit with this day column value is counted.</summary>
    public bool Holds(int value) =>
        (From is null && To is null)
        || (value > 0 && (From is not { } f || value - 1 >= f.DayNumber) && (To is not { } t || value - 1 <= t.DayNumber));
}
