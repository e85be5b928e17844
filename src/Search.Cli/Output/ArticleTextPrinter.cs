using Search.Core.Corpus;
using Search.Core.Storage;

namespace Search.Cli.Output;

/// <summary>Prints an article for reading: a header, the body, then the thread with replies indented under their parent.</summary>
internal static class ArticleTextPrinter
{
    private const string Indent = "    ";

    public static void Print(CliConsole console, StoredArticle stored, string corpus)
    {
        var (article, path) = (stored.Article, stored.Path);
        var output = console.Out;
        output.WriteLine(article.Title);
        output.WriteLine(new string('=', Math.Min(article.Title.Length, 80)));
        output.WriteLine($"id:        {article.Id}");
        output.WriteLine($"source:    {article.Source ?? "-"}");
        output.WriteLine($"published: {article.Published ?? "-"}");
        if (article.Url is not null)
        {
            output.WriteLine($"url:       {article.Url}");
        }
        output.WriteLine($"file:      {console.Display(Path.Combine(corpus, path))}");
        foreach (var paragraph in article.Paragraphs)
        {
            output.WriteLine();
            output.WriteLine(paragraph);
        }
        output.WriteLine();
        var count = article.Comments.Count;
        output.WriteLine(count switch { 0 => "No comments.", 1 => "1 comment", _ => $"{count} comments" });
        foreach (var comment in article.Comments)
        {
            PrintComment(output, comment);
        }
    }

    private static void PrintComment(TextWriter output, Comment comment)
    {
        var margin = string.Concat(Enumerable.Repeat(Indent, comment.Depth));
        output.WriteLine();
        var reply = comment.ParentId is null ? "" : $" (reply to {comment.ParentId})";
        var published = comment.Published is null ? "" : $" · {comment.Published}";
        output.WriteLine($"{margin}[{comment.Id}] {comment.Author ?? "anonymous"}{reply}{published}");
        foreach (var paragraph in comment.Body.Split("\n\n"))
        {
            output.WriteLine($"{margin}{Indent}{paragraph.Replace("\n", "\n" + margin + Indent)}");
        }
    }
}
