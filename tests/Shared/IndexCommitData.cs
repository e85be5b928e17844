using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Search.Tests.Shared;

/// <summary>Reads and rewrites the user data of an index's last commit, as another version of search would have left it.</summary>
internal static class IndexCommitData
{
    public const string SchemaHashKey = "search.schema.hash";

    public static IDictionary<string, string> Read(string indexPath)
    {
        using var directory = FSDirectory.Open(new DirectoryInfo(indexPath));
        using var reader = DirectoryReader.Open(directory);
        return new Dictionary<string, string>(reader.IndexCommit.UserData);
    }

    /// <summary>Makes a new commit, with the same documents, whose user data has <paramref name="key"/> set to <paramref name="value"/>.</summary>
    public static void Set(string indexPath, string key, string value)
    {
        using var directory = FSDirectory.Open(new DirectoryInfo(indexPath));
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer()) { OpenMode = OpenMode.APPEND };
        using var writer = new IndexWriter(directory, config);
        var data = new Dictionary<string, string>(writer.CommitData) { [key] = value };
        writer.SetCommitData(data);
        writer.Commit();
    }
}
