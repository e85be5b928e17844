using System.Diagnostics;

namespace Search.Cli.Tests;

/// <summary>
/// <c>search</c> (<c>dotnet search.dll ...</c>) inside a bash command line, for what only a shell shows: pipes,
/// redirections, and a reader that leaves early.
/// </summary>
internal static class SearchInShell
{
    /// <summary>Runs <c>bash -c '"$@" TAIL'</c> with search and its arguments as <c>"$@"</c>.</summary>
    /// <param name="workingDirectory">Where bash runs.</param>
    /// <param name="tail">What follows the command in the shell: <c>| head -1</c>, <c>&gt; out.txt 2&gt;&amp;1</c>, ...</param>
    /// <param name="args">search's arguments.</param>
    /// <param name="stdin">Written to standard input, which is then closed.</param>
    /// <returns>Bash's exit code and what it printed.</returns>
    public static CliRun Run(string workingDirectory, string tail, IEnumerable<string> args, string stdin = "")
    {
        var info = new ProcessStartInfo("bash") { WorkingDirectory = workingDirectory };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("\"$@\" " + tail);
        info.ArgumentList.Add("bash");
        info.ArgumentList.Add(SearchProcess.DotnetHost());
        info.ArgumentList.Add(SearchProcess.DllPath);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        return ChildProcess.Run(info, stdin, TimeSpan.FromMinutes(2), $"search {string.Join(' ', args)} {tail}");
    }
}
