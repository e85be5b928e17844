using System.Diagnostics;
using System.Globalization;
using Search.Core.Indexing;
using Search.Core.Querying;

namespace Search.Core.Tests.Querying.LuceneParity;

/// <summary>
/// Made once for the parity tests: a generated corpus of 5,000 articles (make_corpus.py, Brown-corpus English with
/// comment threads) indexed by both engines, the benchmark's query set drawn from it, and the reference's total for
/// every query of that set and of OwnQueries.tsv. The work happens on first use, not in the constructor, so a
/// machine without Java skips (<see cref="Prepared"/>) instead of failing the class; a failure while preparing
/// (the reference does not build, a generator breaks) fails every test that needs it, with the same message.
/// </summary>
public sealed class LuceneParityCorpus : IDisposable
{
    // Big enough that every query class has a hundred queries with real counts (term-low needs words in 2 or more
    // articles but under 0.1% of them), small enough to prepare in well under a minute on two cores.
    private const int Articles = 5000;
    private const int Seed = 42;
    private const int QueriesPerClass = 100;
    private const int ReferenceIndexThreads = 2;

    private readonly TempFolder _folder = new();
    private readonly Lazy<PreparedParity> _prepared;
    private readonly string? _skipReason;

    public LuceneParityCorpus()
    {
        _skipReason = LuceneReference.MissingReason()
            ?? (ProgramsOnPath.Missing("python3").Count > 0 ? "the corpus generators need python3 on PATH" : null);
        _prepared = new Lazy<PreparedParity>(Prepare, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The corpus, indexes and reference totals, made on the first call; skips the test where Java or the shared folder is missing.</summary>
    internal PreparedParity Prepared()
    {
        Skip.If(_skipReason is not null, _skipReason);
        return _prepared.Value;
    }

    private PreparedParity Prepare()
    {
        var timings = new List<string>();
        var clock = Stopwatch.StartNew();
        void Took(string step)
        {
            timings.Add(string.Create(CultureInfo.InvariantCulture, $"{step} {clock.Elapsed.TotalSeconds:0.0} s"));
            clock.Restart();
        }

        var work = _folder.Path;
        var reference = LuceneReference.Prepare(work);
        Took("reference ready");

        // Our corpus is a folder; the query files stay outside it.
        Directory.CreateDirectory(_folder["corpus"]);
        var corpusFile = _folder[Path.Combine("corpus", "articles.jsonl")];
        SharedBench.MakeCorpus(corpusFile, Articles, Seed, work);
        Took("corpus generated");

        // The reference indexes in its own process while this one draws the queries and builds our index.
        var referenceIndexing = Task.Run(() => reference.Index(corpusFile, _folder["index-ref"], ReferenceIndexThreads, work));
        IndexSummary ours;
        try
        {
            SharedBench.MakeQueries(corpusFile, _folder["generated-queries.tsv"], QueriesPerClass, work);
            ours = CorpusIndexer.Run(new IndexRequest(_folder["corpus"], _folder["index"]));
        }
        finally
        {
            // Never leave the reference writing into a folder that is about to be deleted; its own failure shows below.
            Task.WaitAny(referenceIndexing);
        }
        var (referenceArticles, referenceComments) = referenceIndexing.GetAwaiter().GetResult();
        Took("queries drawn and both indexes built");
        if (ours.Articles != referenceArticles || ours.Comments != referenceComments)
        {
            Assert.Fail($"the engines indexed different corpora: ours {ours.Articles} articles and {ours.Comments} comments, " +
                $"the reference {referenceArticles} and {referenceComments}; totals could not be compared");
        }

        var generatedQueries = ParityQuery.ReadTsv(_folder["generated-queries.tsv"]);
        // The reference gets exactly the queries this side reads: OwnQueries.tsv's comment lines left out.
        var ownQueries = ParityQuery.ReadTsv(ExpectedFile.InSourceTree("Querying", "LuceneParity", "OwnQueries.tsv"));
        ParityQuery.WriteTsv(_folder["own-queries.tsv"], ownQueries);
        var generatedTotals = Task.Run(() => reference.Totals(_folder["index-ref"], _folder["generated-queries.tsv"], work));
        var ownTotals = reference.Totals(_folder["index-ref"], _folder["own-queries.tsv"], work);
        var generated = Set("generated (make_queries.py)", generatedQueries, generatedTotals.GetAwaiter().GetResult());
        var own = Set("own (OwnQueries.tsv)", ownQueries, ownTotals);
        Took("reference searched");

        var engine = SearchEngine.Open(_folder["index"]);
        return new PreparedParity(engine, generated, own, "prepared: " + string.Join(", ", timings));
    }

    private static ParityQuerySet Set(string name, IReadOnlyList<ParityQuery> queries, IReadOnlyDictionary<string, long> totals)
    {
        var unanswered = queries.Where(q => !totals.ContainsKey(q.Id)).Select(q => q.Id).ToList();
        if (unanswered.Count > 0)
        {
            Assert.Fail($"{name}: the reference printed no total for {string.Join(", ", unanswered)}");
        }
        return new ParityQuerySet(name, queries, totals);
    }

    public void Dispose()
    {
        if (_prepared.IsValueCreated)
        {
            _prepared.Value.Engine.Dispose();
        }
        _folder.Dispose();
    }
}
