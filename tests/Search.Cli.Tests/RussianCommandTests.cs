namespace Search.Cli.Tests;

/// <summary>
/// The README's Russian and transliteration examples, run as a reader runs them: the fixture at the path the README
/// gives (tests/Search.Core.Tests/Fixtures/Russian/russian.jsonl, read in RussianQueries.txt beside its own tests), the
/// index in artifacts/russian-index, both inside a temporary folder that stands for the checkout.
/// </summary>
public sealed class RussianCommandTests : IDisposable
{
    private const string Corpus = "tests/Search.Core.Tests/Fixtures/Russian";
    private readonly TempCorpus _checkout = new(copyDefaultCorpus: false);

    public RussianCommandTests()
    {
        var fixture = Path.Combine(RepositoryPaths.Root, Corpus, "russian.jsonl");
        _checkout.Write(Path.Combine(Corpus, "russian.jsonl"), File.ReadAllText(fixture));
        CliAssert.Succeeded(Run("index", "--quiet"));
    }

    public void Dispose() => _checkout.Dispose();

    private CliRun Run(params string[] args) =>
        _checkout.SearchWith([.. args, "--corpus", _checkout.PathOf(Corpus), "--index", _checkout.PathOf("artifacts", "russian-index")]);

    private CliRun Query(params string[] args) => Run(["query", .. args]);

    // The README shows output as indented code blocks, the command on the line before.
    private void AssertInReadme(string command, CliRun run)
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).ReplaceLineEndings("\n").Replace("\n    ", "\n", StringComparison.Ordinal);
        // Run from the checkout, the corpus's file is shown relative to it.
        var output = run.Out.ReplaceLineEndings("\n").TrimEnd('\n').Replace(_checkout.Folder + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);
        var shown = $"$ ./search {command} --corpus {Corpus} --index artifacts/russian-index\n{output}\n";
        Assert.Contains(shown, readme, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("query мир --format tsv", new[] { "мир", "--format", "tsv" })]
    [InlineData("query '\"русского мира\"' --format tsv", new[] { "\"русского мира\"", "--format", "tsv" })]
    [InlineData("query '\"Russkiy Mir\"' --format tsv", new[] { "\"Russkiy Mir\"", "--format", "tsv" })]
    [InlineData("query '\"Russkiy Mir\"' --translit", new[] { "\"Russkiy Mir\"", "--translit" })]
    [InlineData("query 'Russkiy Mir' --translit --format tsv", new[] { "Russkiy Mir", "--translit", "--format", "tsv" })]
    public void The_readme_examples_print_what_the_readme_shows(string command, string[] args)
    {
        var run = Query(args);

        CliAssert.Succeeded(run);
        AssertInReadme(command, run);
    }

    [Fact]
    public void A_query_in_a_script_without_a_language_is_searched_as_written_and_finds_nothing_here()
    {
        var run = Query("ειρήνη", "--translit");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("No articles match ειρήνη.", run.Out.Trim());
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void Occurrences_of_a_transliterated_word_count_each_place_once_in_either_script()
    {
        // Russkiy: a1 Русский, русского, Русскому; a2 русском, РУССКИЙ; a3 Russkiy, Russky, Russkij, Russkii;
        // a4 Pусский; a7 русского. Without --translit, the seven Cyrillic ones.
        var translit = Run("trend", "Russkiy", "--translit", "--unit", "occurrences", "--by", "year", "--format", "tsv");
        var plain = Run("trend", "русский", "--unit", "occurrences", "--by", "year", "--format", "tsv");

        Assert.Equal("Russkiy\t2023\toccurrences\t11\t\t", translit.OutLines[1]);
        Assert.Equal("русский\t2023\toccurrences\t7\t\t", plain.OutLines[1]);
    }

    [Fact]
    public void Trend_and_who_take_translit_and_count_every_spelling()
    {
        var trend = Run("trend", "Russkiy Mir", "--translit", "--by", "year", "--unit", "articles", "--format", "tsv");
        var who = Run("who", "\"Russkiy Mir\"", "--translit", "--by", "commenter", "--format", "tsv");

        CliAssert.Succeeded(trend);
        Assert.Contains("Russkiy Mir\t2023\tarticles\t5\t7\t", trend.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        CliAssert.Succeeded(who);
        // Pete writes Russkii Mir, Anna Pусский мир with a Latin P, Вера РУССКИЙ МИР.
        Assert.Equal(["Anna", "Pete", "Вера"], who.OutLines.Skip(1).Select(l => l.Split('\t')[1]).Order(StringComparer.Ordinal));
    }
}
