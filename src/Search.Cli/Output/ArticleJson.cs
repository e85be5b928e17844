using Search.Core.Corpus;

namespace Search.Cli.Output;

/// <summary>Prints articles in the interchange format: one line each for JSON Lines, indented for a person.</summary>
internal static class ArticleJson
{
    public static void WriteLine(TextWriter output, Article article) =>
        JsonLine.Write(output, json => JsonArticleWriter.Write(json, article));

    public static void WriteIndented(TextWriter output, Article article) =>
        JsonLine.Write(output, json => JsonArticleWriter.Write(json, article), indented: true);
}
