using System.CommandLine;
using Search.Cli.Output;
using Search.Core.Storage;

namespace Search.Cli.Commands;

/// <summary><c>search export</c>: every article as JSON Lines in the interchange format, which indexes back into the same articles.</summary>
internal static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var corpus = CommonOptions.Corpus();
        var index = CommonOptions.Index();
        var pseudonymize = CommonOptions.Pseudonymize();
        var salt = CommonOptions.Salt();
        var command = new Command("export", "Print every article with its comments as JSON Lines (the interchange format)")
        {
            corpus, index, pseudonymize, salt,
        };
        command.SetAction(parse =>
        {
            var pseudonyms = Pseudonymization.Resolve(parse, pseudonymize, salt, console);
            var location = IndexLocation.Resolve(parse.GetValue(corpus), parse.GetValue(index));
            using var articles = ArticleIndex.Open(location.Index);
            foreach (var stored in articles.Articles())
            {
                ArticleJson.WriteLine(console.Out, pseudonyms?.Apply(stored.Article) ?? stored.Article);
            }
            return ExitCode.Success;
        });
        return command;
    }
}
