using System.Diagnostics;
using System.Runtime.InteropServices;

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
        // Through `env --default-signal=INT`, which execs the command in its own process: a test run started in the
        // background by a script (`dotnet test &`) ignores SIGINT, as such jobs do, and the child would inherit that
        // and never see the Ctrl+C that InterruptedIndexingTests sends (it then ends with exit 0 and the test fails).
        var info = new ProcessStartInfo("env")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("--default-signal=INT");
        info.ArgumentList.Add(DotnetHost());
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
    /// Sends SIGINT, what Ctrl+C sends, with libc's <c>kill</c> (.NET can only send SIGKILL), and returns without
    /// waiting: the process handles it and ends by itself.
    /// </summary>
    public void Interrupt()
    {
        // Straight from this process: starting the `kill` program forks the test host, which in a loaded parallel run
        // can take longer than the index run it should interrupt (the run then ends with exit 0 and the test fails).
        if (SendSignal(_process.Id, SigInt) != 0)
        {
            throw new InvalidOperationException($"kill({_process.Id}, SIGINT) failed (errno {Marshal.GetLastPInvokeError()})");
        }
    }

    private const int SigInt = 2;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);

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
