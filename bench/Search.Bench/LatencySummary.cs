namespace Search.Bench;

/// <summary>Latency percentiles of one query class, in milliseconds.</summary>
internal sealed record LatencySummary(string Class, int Count, double P50, double P95, double P99)
{
    /// <summary>
    /// Percentiles exactly as the Java reference takes them (sorted, <c>a[(int)(n*p)]</c>, capped at the last), so that
    /// the two engines' figures differ only by what was measured.
    /// </summary>
    public static LatencySummary Of(string name, IEnumerable<double> milliseconds)
    {
        var a = milliseconds.Order().ToArray();
        if (a.Length == 0)
        {
            return new LatencySummary(name, 0, double.NaN, double.NaN, double.NaN);
        }
        double At(double p) => a[Math.Min(a.Length - 1, (int)(a.Length * p))];
        return new LatencySummary(name, a.Length, At(0.50), At(0.95), At(0.99));
    }
}
