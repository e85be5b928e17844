using Search.Core.Querying;

namespace Search.Cli.Output;

/// <summary>Shows a hit's corpus file as a path from the working directory (<c>corpus/000_....txt</c>).</summary>
internal sealed class PathDisplay(CliConsole console, string corpus)
{
    public string Of(SearchHit hit) => console.Display(Path.Combine(corpus, hit.Path));
}
