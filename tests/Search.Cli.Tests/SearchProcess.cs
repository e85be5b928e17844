using System.Diagnostics;

namespace Search.Cli.Tests;

/// <summary>
/// <c>search</c> as a child process (<c>dotnet search.dll ...</c>, the build copied beside the test assembly), for what
/// only a real process shows: being killed, and holding the index against another process.
/// </summary>
internal sealed class SearchProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _out;
    private readonly Task<string> _error;

    private SearchProcess(Process process)
    {
        _process = process;
        _out = process.StandardOutput.ReadToEndAsync();
        _error = process.StandardError.ReadToEndAsync();
    }

    public static string DllPath => Path.Combine(AppContext.BaseDirectory, "search.dll");

    public static SearchProcess Start(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(DllPath);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        return new SearchProcess(Process.Start(info) ?? throw new InvalidOperationException("could not start " + DllPath));
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Kills the process (SIGKILL on Unix: no handler runs, nothing is flushed or rolled back) and waits until it is gone.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>
    /// Sends SIGINT, what Ctrl+C sends, through the system's <c>kill</c> (.NET can only send SIGKILL), and returns
    /// without waiting: the process handles it and ends by itself.
    /// </summary>
    public void Interrupt()
    {
        using var kill = Process.Start("kill", ["-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -INT {_process.Id} failed (exit {kill.ExitCode})");
        }
    }

    /// <summary>Waits for the process to end by itself; kills it and fails after <paramref name="timeout"/>.</summary>
    public CliRun WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            Kill();
            throw new TimeoutException($"search did not finish within {timeout}");
        }
        _process.WaitForExit();
        return new CliRun(_process.ExitCode, _out.Result, _error.Result);
    }

    /// <summary>Polls until <paramref name="condition"/> holds; false when the process ended first or time ran out.</summary>
    public bool WaitUntil(Func<bool> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (condition())
            {
                return !_process.HasExited;
            }
            if (_process.HasExited)
            {
                return false;
            }
            Thread.Sleep(5);
        }
        return false;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }
        _process.Dispose();
    }

    /// <summary>The dotnet that runs the tests, so the child uses the same runtime.</summary>
    public static string DotnetHost()
    {
        var fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(fromSdk) && File.Exists(fromSdk))
        {
            return fromSdk;
        }
        var self = Environment.ProcessPath;
        return self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
    }
}
