using System.Globalization;
using System.Text.RegularExpressions;

namespace Search.Core.Tests.Querying.LuceneParity;

/// <summary>
/// The Java Lucene 8 reference of the shared benchmark folder (<c>lucene8/</c>: Index.java, Search.java,
/// Schema.java), built with its own <c>build.sh</c> and run with the java command line of its <c>run.sh</c>, so that
/// what this test compares against is what the benchmark races.
/// </summary>
internal sealed partial class LuceneReference
{
    // build.sh may first apt-get install the Lucene jars (a Debian mirror can be slow), then compiles three files.
    private static readonly TimeSpan BuildTimeLimit = TimeSpan.FromMinutes(15);

    // Indexing 5,000 articles takes about 15 s here; the limit only has to catch a hang.
    private static readonly TimeSpan RunTimeLimit = TimeSpan.FromMinutes(5);

    private readonly string _classpath;

    private LuceneReference(string classpath) => _classpath = classpath;

    /// <summary>Why the reference cannot run on this machine, or null when it can (it may still have to be built).</summary>
    public static string? MissingReason()
    {
        var tools = ProgramsOnPath.Missing("java", "javac");
        if (tools.Count > 0)
        {
            return $"the Java Lucene 8 reference needs {string.Join(" and ", tools)} on PATH (a JDK: apt-get install default-jdk-headless)";
        }
        return SharedBench.MissingReason();
    }

    /// <summary>
    /// The reference, built first unless a classpath file from an earlier build is there. A build that fails fails
    /// the test with its output: Java is present, so a broken reference is a problem to see, not to skip.
    /// </summary>
    /// <param name="workingDirectory">Where the build runs (a temporary folder).</param>
    public static LuceneReference Prepare(string workingDirectory)
    {
        var classpathFile = BuiltClasspathFile();
        if (classpathFile is null)
        {
            ChildProcess.Run("building the Java Lucene 8 reference", "bash", [Path.Combine(SharedBench.LuceneFolder, "build.sh")],
                BuildTimeLimit, workingDirectory);
            classpathFile = BuiltClasspathFile();
            if (classpathFile is null)
            {
                Assert.Fail($"build.sh succeeded but wrote no classpath file (looked for {string.Join(" and ", ClasspathFiles())})");
            }
        }
        // As run.sh's "$(cat FILE)", which drops the line end build.sh writes.
        return new LuceneReference(File.ReadAllText(classpathFile).TrimEnd('\n', '\r'));
    }

    /// <summary>Indexes a JSON Lines corpus into a new index folder; returns the articles and comments it reports.</summary>
    public (long Articles, long Comments) Index(string corpusFile, string indexFolder, int threads, string workingDirectory)
    {
        var output = Java("indexing with the reference", workingDirectory,
            "Index", corpusFile, indexFolder, threads.ToString(CultureInfo.InvariantCulture));
        var counts = IndexSummaryLine().Match(output);
        if (!counts.Success)
        {
            Assert.Fail("the reference's Index printed no \"articles N comments N\" line:\n" + output);
        }
        return (long.Parse(counts.Groups[1].Value, CultureInfo.InvariantCulture), long.Parse(counts.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// The exact total of every query of an <c>id&lt;TAB&gt;query</c> file, by id, from Search's <c>--hits</c> lines
    /// (<c>id&lt;TAB&gt;total&lt;TAB&gt;top ids</c>); -1 where the reference's parser refused the query.
    /// </summary>
    public IReadOnlyDictionary<string, long> Totals(string indexFolder, string queriesFile, string workingDirectory)
    {
        var output = Java("searching with the reference", workingDirectory, "Search", indexFolder, "--queries", queriesFile, "--hits");
        var totals = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.TrimEnd('\r').Split('\t');
            var total = 0L;
            if (parts.Length < 2 || !long.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out total))
            {
                Assert.Fail($"the reference's Search --hits printed a line that is not id<TAB>total<TAB>ids: {line}");
            }
            totals[parts[0]] = total;
        }
        return totals;
    }

    // run.sh: exec java -Xms1g -Xmx4g -cp "$(cat "$cpf")" "$@"
    private string Java(string what, string workingDirectory, params string[] arguments) =>
        ChildProcess.Run(what, "java", ["-Xms1g", "-Xmx4g", "-cp", _classpath, .. arguments], RunTimeLimit, workingDirectory);

    private static string? BuiltClasspathFile() => ClasspathFiles().FirstOrDefault(File.Exists);

    // Where build.sh writes its classpath file, in the order run.sh looks: beside the sources, or, where that folder is
    // read-only, under the user's cache.
    private static IEnumerable<string> ClasspathFiles() =>
    [
        Path.Combine(SharedBench.LuceneFolder, "classes", "classpath"),
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "search-bench", "lucene8", "classpath"),
    ];

    // Index.java's closing line: "articles 5000 comments 12345 seconds 14.20 articles/s 352 MB/s 1.78".
    [GeneratedRegex(@"^articles (\d+) comments (\d+) ", RegexOptions.Multiline)]
    private static partial Regex IndexSummaryLine();
}
