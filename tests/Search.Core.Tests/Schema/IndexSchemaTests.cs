using Search.Core.Errors;
using Search.Core.Schema;

namespace Search.Core.Tests.Schema;

/// <summary>index-schema/schema.json is the schema the library uses, and an index remembers which one built it.</summary>
public class IndexSchemaTests
{
    [Fact]
    public void The_library_carries_the_schema_file_of_the_repository()
    {
        var file = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "index-schema", "schema.json"));
        Assert.Equal(IndexSchema.Parse(file).Hash, IndexSchema.Current.Hash);
    }

    [Fact]
    public void Every_field_the_code_reads_by_name_is_declared()
    {
        var declared = IndexSchema.Current.Fields.Select(f => f.Name).ToHashSet();
        Assert.All(FieldNames.All, name => Assert.Contains(name, declared));
    }

    [Fact]
    public void Each_text_field_has_an_exact_shadow_for_phrases()
    {
        foreach (var name in new[] { "title", "body", "comment" })
        {
            var stemmed = IndexSchema.Current[name];
            var exact = IndexSchema.Current[name + "_exact"];
            Assert.Equal(("stemmed", "exact"), (stemmed.Analyzer, exact.Analyzer));
            Assert.Equal(stemmed.From, exact.From);
            Assert.Equal(stemmed.Boost, exact.Boost);
        }
        Assert.True(IndexSchema.Current["title"].Boost > IndexSchema.Current["body"].Boost);
        Assert.True(IndexSchema.Current["body"].Boost > IndexSchema.Current["comment"].Boost);
    }

    [Fact]
    public void Each_text_field_has_a_translit_shadow_searched_with_its_boost()
    {
        foreach (var name in new[] { "title", "body", "comment", "comment_text" })
        {
            var translit = IndexSchema.Current[name + "_translit"];
            Assert.Equal(("translit", IndexSchema.Current[name].From, IndexSchema.Current[name].Boost), (translit.Analyzer, translit.From, translit.Boost));
        }
    }

    [Fact]
    public void The_schema_declares_english_and_russian_and_the_analysis_knows_every_language_a_schema_may_declare()
    {
        Assert.Equal(["english", "russian"], IndexSchema.Current.Languages);
        Assert.Equal(SchemaSources.Languages.Order(), Search.Core.Analysis.TextLanguages.Known.Keys.Order());
    }

    [Fact]
    public void A_schema_declaring_a_language_the_build_cannot_analyse_is_refused()
    {
        var json = """{"name": "s", "version": 1, "positionIncrementGap": 100, "languages": [{"name": "klingon"}], "fields": []}""";

        var e = Assert.Throws<FormatException>(() => IndexSchema.Parse(json));
        Assert.Contains("language \"klingon\" is not one this build analyses", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"name": "s", "version": 1, "positionIncrementGap": 100, "fields": [{"name": "x", "from": "article.nothing", "analyzer": "keyword", "indexed": true, "stored": true}]}""", "unknown source")]
    [InlineData("""{"name": "s", "version": 1, "positionIncrementGap": 100, "fields": [{"name": "x", "from": "article.id", "analyzer": "klingon", "indexed": true, "stored": true}]}""", "unknown analyzer")]
    [InlineData("""{"name": "s", "version": 1, "positionIncrementGap": 100, "fields": [{"name": "x", "from": "article.id", "analyzer": "keyword", "indexed": true, "stored": true}, {"name": "x", "from": "article.title", "analyzer": "keyword", "indexed": true, "stored": true}]}""", "declared twice")]
    [InlineData("""{"name": "s"}""", "not valid")]
    public void A_broken_schema_is_refused_with_the_reason(string json, string reason)
    {
        var e = Assert.Throws<FormatException>(() => IndexSchema.Parse(json));
        Assert.Contains(reason, e.Message);
    }

    [Fact]
    public void An_index_built_with_another_schema_is_refused_until_rebuilt()
    {
        using var corpus = new IndexedJsonLines();
        corpus.Write("a.jsonl", "{\"id\": \"a\", \"body\": \"text\"}");
        corpus.RunIndexer();
        // As a version of search with another schema leaves it: the last commit names another schema's hash.
        IndexCommitData.Set(corpus.Index, IndexCommitData.SchemaHashKey, "0123456789abcdef");

        var open = Assert.Throws<SearchException>(() => corpus.OpenArticles());
        Assert.Equal(SearchErrorKind.SchemaMismatch, open.Kind);
        Assert.Contains("search index --rebuild", open.Message);
        var index = Assert.Throws<SearchException>(() => corpus.RunIndexer());
        Assert.Equal(SearchErrorKind.SchemaMismatch, index.Kind);

        corpus.RunIndexer(rebuild: true);
        using var rebuilt = corpus.OpenArticles();
        Assert.Equal(1, rebuilt.Stats().Articles);
    }

    [Fact]
    public void An_index_that_names_its_schema_by_the_older_sha256_hash_is_still_current()
    {
        using var corpus = new IndexedJsonLines();
        corpus.Write("a.jsonl", "{\"id\": \"a\", \"body\": \"text\"}");
        corpus.RunIndexer();
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "index-schema", "schema.json")).Replace("\r\n", "\n");
        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
        IndexCommitData.Set(corpus.Index, IndexCommitData.SchemaHashKey, sha256);

        using var index = corpus.OpenArticles();
        Assert.Equal(1, index.Stats().Articles);
        Assert.False(IndexSchema.Current.IsHashOf(sha256[..63] + (sha256[63] == '0' ? "1" : "0")));
    }
}
