using System.Globalization;

namespace Search.Bench;

/// <summary>One engine's values of one figure over the rounds: median and range, or a text value as it is.</summary>
internal sealed record Spread(double Median, double Min, double Max, int Count, string? Text)
{
    public static Spread? Of(IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return null;
        }
        var numbers = values.Select(v => double.TryParse(v, CultureInfo.InvariantCulture, out var d) ? d : double.NaN).ToArray();
        if (numbers.Any(double.IsNaN))
        {
            return new Spread(double.NaN, double.NaN, double.NaN, values.Count, values[0]);
        }
        var a = numbers.Order().ToArray();
        var median = a.Length % 2 == 1 ? a[a.Length / 2] : (a[(a.Length / 2) - 1] + a[a.Length / 2]) / 2;
        return new Spread(median, a[0], a[^1], a.Length, null);
    }

    public bool IsNumber => Text is null;

    /// <summary>"median (min-max)", or the median alone from a single round.</summary>
    public override string ToString() =>
        Text ?? (Count == 1 ? Format(Median) : $"{Format(Median)} ({Format(Min)}-{Format(Max)})");

    /// <summary>About three significant digits: enough for figures that vary 10% from run to run.</summary>
    public static string Format(double value) => Math.Abs(value) switch
    {
        _ when value == Math.Round(value) => value.ToString("#,0", CultureInfo.InvariantCulture),
        >= 1000 => value.ToString("N0", CultureInfo.InvariantCulture),
        >= 100 => value.ToString("0", CultureInfo.InvariantCulture),
        >= 10 => value.ToString("0.0", CultureInfo.InvariantCulture),
        _ => value.ToString("0.00", CultureInfo.InvariantCulture),
    };
}
