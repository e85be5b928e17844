using System.Diagnostics;
using System.Globalization;

namespace Search.Cli.Output;

/// <summary>The one-line progress of a batch on a terminal's stderr: queries done and their rate, for runs over a second.</summary>
internal sealed class BatchProgressLine(TextWriter error)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastDrawn = TimeSpan.FromSeconds(1);
    private long _done;
    private bool _drawn;

    public void Tick(int failed)
    {
        _done++;
        if (_clock.Elapsed - _lastDrawn < TimeSpan.FromMilliseconds(250))
        {
            return;
        }
        _lastDrawn = _clock.Elapsed;
        error.Write("\r" + Line(failed) + "   ");
        _drawn = true;
    }

    public void Finish(int failed)
    {
        if (_drawn)
        {
            error.WriteLine("\r" + Line(failed) + "   ");
        }
    }

    private string Line(int failed) => string.Create(CultureInfo.InvariantCulture,
        $"batch: {_done:N0} queries{(failed > 0 ? $", {failed:N0} failed" : "")}, {_done / Math.Max(0.001, _clock.Elapsed.TotalSeconds):N0} queries/s");
}
