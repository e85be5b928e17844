using Search.Core.Copies;
using Search.Core.Corpus;
using Search.Core.Storage;

namespace Search.Cli.Output;

/// <summary>Prints an article for reading: a header, the body, then the thread with replies indented under their parent.</summary>
internal static class ArticleTextPrinter
{
    private const string Indent = "    ";

    // Replies nest visibly this deep; deeper ones stay at this margin and say their depth, so a thread 10,000 replies
    // deep prints in lines of readable length.
    private const int MaxShownDepth = 8;

    public static void Print(CliConsole console, StoredArticle stored, string corpus, IReadOnlyList<CopyMember> copies)
    {
        var (article, path) = (stored.Article, stored.Path);
        var output = console.Out;
        output.WriteLine(article.Title);
        output.WriteLine(new string('=', Math.Min(article.Title.Length, 80)));
        output.WriteLine($"id:        {article.Id}");
        output.WriteLine($"source:    {article.Source ?? "-"}");
        if (article.Author is not null)
        {
            output.WriteLine($"author:    {article.Author}");
        }
        output.WriteLine($"published: {article.Published ?? "-"}");
        if (article.Url is not null)
        {
            output.WriteLine($"url:       {article.Url}");
        }
        output.WriteLine($"file:      {console.Display(Path.Combine(corpus, path))}");
        if (copies.Count == 0)
        {
            output.WriteLine("copies:    none");
        }
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        for (var i = 0; i < copies.Count; i++)
        {
            var copy = copies[i];
            output.WriteLine($"{(i == 0 ? "copies:" : ""),-11}{copy.Id} · {copy.Source ?? "(no source)"} · {copy.Published ?? "(undated)"} · similarity {copy.Similarity.ToString("0.00", inv)}");
        }
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
        var margin = string.Concat(Enumerable.Repeat(Indent, Math.Min(comment.Depth, MaxShownDepth)));
        output.WriteLine();
        var depth = comment.Depth > MaxShownDepth ? $", depth {comment.Depth}" : "";
        var reply = comment.ParentId is null ? "" : $" (reply to {comment.ParentId}{depth})";
        var published = comment.Published is null ? "" : $" · {comment.Published}";
        output.WriteLine($"{margin}[{comment.Id}] {comment.Author ?? "anonymous"}{reply}{published}");
        foreach (var paragraph in comment.Body.Split("\n\n"))
        {
            output.WriteLine($"{margin}{Indent}{paragraph.Replace("\n", "\n" + margin + Indent)}");
        }
    }
}
