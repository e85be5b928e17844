namespace Search.Core.Trends;

/// <summary>The name of the period that holds no date.</summary>
public static class TrendPeriodName
{
    /// <summary>Articles and comments without a date are counted here, after the dated periods.</summary>
    public const string Undated = "undated";
}
