namespace Search.Core.Trends;

/// <summary>How long one period of a trend is (<c>--by</c>). Periods are named in ISO 8601.</summary>
public enum TrendPeriod
{
    /// <summary>A day: <c>2023-04-01</c>.</summary>
    Day,
    /// <summary>An ISO week, Monday to Sunday: <c>2023-W13</c>.</summary>
    Week,
    /// <summary>A month: <c>2023-04</c>.</summary>
    Month,
    /// <summary>A quarter: <c>2023-Q2</c>.</summary>
    Quarter,
    /// <summary>A year: <c>2023</c>.</summary>
    Year,
}
