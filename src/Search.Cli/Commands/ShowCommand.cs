using System.CommandLine;
using Search.Cli.Output;
using Search.Core.Copies;
using Search.Core.Storage;

namespace Search.Cli.Commands;

/// <summary><c>search show ID</c>: one article with its comment thread, read from the index.</summary>
internal static class ShowCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("ID") { Description = "The article id, or an unambiguous start of it" };
        var corpus = CommonOptions.Corpus();
        var index = CommonOptions.Index();
        var json = CommonOptions.Json("the article in the interchange format");
        var pseudonymize = CommonOptions.Pseudonymize();
        var salt = CommonOptions.Salt();
        var command = new Command("show", "Print an article with its copies and its comment thread (replies indented, authors shown)")
        {
            id, corpus, index, json, pseudonymize, salt,
        };
        command.SetAction(parse =>
        {
            var pseudonyms = Pseudonymization.Resolve(parse, pseudonymize, salt, console);
            var location = IndexLocation.Resolve(parse.GetValue(corpus), parse.GetValue(index));
            using var articles = ArticleIndex.Open(location.Index);
            var found = articles.Resolve(parse.GetValue(id)!);
            if (pseudonyms is not null)
            {
                found = found with { Article = pseudonyms.Apply(found.Article) };
            }
            if (parse.GetValue(json))
            {
                ArticleJson.WriteIndented(console.Out, found.Article);
            }
            else
            {
                ArticleTextPrinter.Print(console, found, articles.Metadata.Corpus, CopyFinder.CopiesOf(articles, found.Article.Id));
            }
            return ExitCode.Success;
        });
        return command;
    }
}
