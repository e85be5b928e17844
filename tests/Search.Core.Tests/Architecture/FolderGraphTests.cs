using System.Text.RegularExpressions;

namespace Search.Core.Tests.Architecture;

/// <summary>
/// The folders of Search.Core form a one-way graph, the pipeline's: a file becomes articles (Corpus), is analysed as
/// the schema says, indexed and stored, then searched, and its hits snippeted and batched. Each folder may use only
/// the folders this table allows; a new edge is a decision made here, in the open, as Cargo makes it in ripgrep.
/// </summary>
public partial class FolderGraphTests
{
    // Every folder, lowest first, with the folders it may use. An edge may only point to a folder above it in this
    // list, so the table itself cannot hold a cycle.
    private static readonly (string Folder, string[] MayUse)[] Allowed =
    [
        ("Errors", []),
        ("Corpus", ["Errors"]),
        ("Schema", ["Errors"]),
        ("Analysis", ["Corpus", "Schema"]),
        ("Storage", ["Errors", "Corpus", "Schema"]),
        ("Indexing", ["Errors", "Corpus", "Schema", "Analysis", "Storage"]),
        ("Snippets", ["Corpus", "Schema", "Analysis"]),
        // Copies are grouped from what indexing stored, below every count that can take each group once.
        ("Copies", ["Schema", "Analysis", "Storage"]),
        ("Querying", ["Errors", "Corpus", "Schema", "Analysis", "Storage", "Snippets", "Copies"]),
        ("Batch", ["Errors", "Schema", "Querying"]),
        // The analyses over a query's every hit: narratives over time.
        ("Trends", ["Errors", "Schema", "Storage", "Copies", "Querying", "Batch"]),
        ("Who", ["Errors", "Corpus", "Schema", "Storage", "Copies", "Querying", "Batch", "Trends"]),
        // The glue on top: opening an index for a query builds or updates it first.
        ("Opening", ["Errors", "Storage", "Indexing", "Querying"]),
        // What output may show of a person: commenter names as tokens, in articles and in hits' matches.
        ("Privacy", ["Corpus", "Snippets"]),
    ];

    private static string CoreSources => Path.Combine(RepositoryPaths.Root, "src", "Search.Core");

    [Fact]
    public void The_table_names_every_folder_once_and_each_edge_points_to_a_lower_folder()
    {
        var order = Allowed.Select(a => a.Folder).ToList();
        Assert.Equal(order.Count, order.Distinct().Count());
        var folders = Directory.EnumerateDirectories(CoreSources).Select(d => Path.GetFileName(d)!)
            .Where(name => name is not ("bin" or "obj")).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(folders, order.Order(StringComparer.Ordinal).ToList());
        foreach (var (folder, mayUse) in Allowed)
        {
            Assert.All(mayUse, used => Assert.True(order.IndexOf(used) >= 0 && order.IndexOf(used) < order.IndexOf(folder),
                $"{folder} may use {used}, which is not below it"));
        }
    }

    [Fact]
    public void Every_folder_uses_only_the_folders_the_table_allows()
    {
        var allowed = Allowed.ToDictionary(a => a.Folder, a => a.MayUse.ToHashSet());
        var wrong = new List<string>();
        var edges = 0;
        foreach (var file in Directory.EnumerateFiles(CoreSources, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(CoreSources, file);
            var folder = relative.Split(Path.DirectorySeparatorChar)[0];
            if (!allowed.TryGetValue(folder, out var mayUse))
            {
                continue; // a file outside every folder; the first test fails on a new folder
            }
            foreach (var used in FoldersUsedBy(File.ReadAllText(file)).Where(u => u != folder))
            {
                edges++;
                if (!mayUse.Contains(used))
                {
                    wrong.Add($"{relative} uses Search.Core.{used}, which {folder} may not use");
                }
            }
        }
        Assert.True(edges > 20, "no using lines were found: is the source folder right?");
        Assert.Empty(wrong);
    }

    [Fact]
    public void A_qualified_name_counts_as_a_use_like_a_using_line()
    {
        var code = """
            using Search.Core.Corpus.Templates;
            using Search.Core.Schema;

            namespace Search.Core.Querying;

            // Search.Core.Storage in a comment is no use.
            class C { object x = Search.Core.Batch.BatchRunner.Run; object y = global::Search.Core.Indexing.CorpusIndexer.Run; }
            """;
        Assert.Equal(["Batch", "Corpus", "Indexing", "Schema"], FoldersUsedBy(code).Order(StringComparer.Ordinal));
    }

    // The top folders a file names: in using lines and fully qualified names, not in comments or its own namespace line.
    private static IEnumerable<string> FoldersUsedBy(string code) =>
        code.Split('\n')
            .Select(line => line.Trim())
            .Where(line => !line.StartsWith("//", StringComparison.Ordinal) && !line.StartsWith("namespace ", StringComparison.Ordinal))
            .SelectMany(line => CoreName().Matches(line).Select(m => m.Groups[1].Value))
            .Distinct();

    // Folders are namespaces, so capitalised: "Search.Core.index-schema..." is a resource name.
    [GeneratedRegex(@"\bSearch\.Core\.([A-Z]\w*)")]
    private static partial Regex CoreName();
}
