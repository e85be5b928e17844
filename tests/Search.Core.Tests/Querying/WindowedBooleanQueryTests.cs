using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Search.Core.Querying;

namespace Search.Core.Tests.Querying;

/// <summary>
/// Disjunctions scored in windows of arrays (<see cref="WindowedBooleanQuery"/>) give Lucene's answer: given 5,000
/// documents (three windows and a part) of random words in three fields, and boolean queries of every shape the engine
/// builds (a word across fields with boosts, words or'd, nested, with a prohibited clause, with required clauses,
/// with a coordination factor), every hit, every score to the last bit and every total is the one Lucene's boolean
/// query gives, whether the documents are asked for at once or a part at a time.
/// </summary>
public sealed class WindowedBooleanQueryTests : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;

    public WindowedBooleanQueryTests()
    {
        var random = new Random(3);
        string Text(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => $"w{(int)Math.Pow(random.Next(1, 400), 1.5) % 300}"));
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)) { MaxBufferedDocs = 1_800 };
        using (var writer = new IndexWriter(_directory, config))
        {
            for (var i = 0; i < 5_000; i++)
            {
                var document = new Document { new TextField("title", Text(random.Next(1, 8)), Field.Store.NO) };
                if (i % 3 != 0)
                {
                    document.Add(new TextField("body", Text(random.Next(5, 200)), Field.Store.NO));
                }
                if (i % 7 < 3)
                {
                    document.Add(new TextField("comment", Text(random.Next(1, 60)), Field.Store.NO));
                }
                writer.AddDocument(document);
            }
        }
        _reader = DirectoryReader.Open(_directory);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    public static TheoryData<string> Shapes => ["word", "two words or'd", "two words and'd", "nested", "prohibited", "prohibited only", "one of", "coord"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Every_hit_and_score_is_Lucenes(string shape)
    {
        foreach (var similarity in new Similarity[] { new BM25Similarity(), new DefaultSimilarity() })
        {
            var searcher = new IndexSearcher(_reader) { Similarity = similarity };
            var query = Query(shape);

            var lucene = searcher.Search(query, _reader.MaxDoc);
            var windowed = searcher.Search(WindowedBooleanQuery.From(query), _reader.MaxDoc);

            Assert.True(lucene.TotalHits > 0, shape);
            Assert.Equal(lucene.TotalHits, windowed.TotalHits);
            Assert.Equal(Hits(lucene), Hits(windowed));
        }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Asked_for_a_part_at_a_time_the_parts_are_Lucenes(string shape)
    {
        var searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        var query = Query(shape);
        var lucene = searcher.CreateNormalizedWeight(query);
        var windowed = searcher.CreateNormalizedWeight(WindowedBooleanQuery.From(query));

        foreach (var leaf in _reader.Leaves)
        {
            Assert.Equal(Parts(lucene, leaf), Parts(windowed, leaf));
        }
    }

    [Fact]
    public void The_query_reads_as_Lucenes()
    {
        var query = Query("nested");

        Assert.Equal(query.ToString(), WindowedBooleanQuery.From(query).ToString());
        Assert.IsType<WindowedBooleanQuery>(WindowedBooleanQuery.From(query));
    }

    private static Query Query(string shape)
    {
        Query Word(string word) => new BooleanQuery(disableCoord: true)
        {
            { new TermQuery(new Term("title", word)) { Boost = 3f }, Occur.SHOULD },
            { new TermQuery(new Term("body", word)), Occur.SHOULD },
            { new TermQuery(new Term("comment", word)) { Boost = 0.5f }, Occur.SHOULD },
        };
        BooleanQuery Of(Occur occur, params Query[] queries)
        {
            var query = new BooleanQuery(disableCoord: true);
            foreach (var q in queries)
            {
                query.Add(q, occur);
            }
            return query;
        }
        BooleanQuery OneOf(params Query[] queries)
        {
            var query = new BooleanQuery { MinimumNumberShouldMatch = 1 };
            foreach (var q in queries)
            {
                query.Add(q, Occur.SHOULD);
            }
            return query;
        }
        return shape switch
        {
            "word" => Word("w1"),
            "two words or'd" => Of(Occur.SHOULD, Word("w8"), Word("w64")),
            "two words and'd" => Of(Occur.MUST, Word("w8"), Word("w27")),
            "nested" => Of(Occur.SHOULD, Of(Occur.SHOULD, Word("w8"), Word("w125")), Of(Occur.MUST, Word("w1"), Word("w27"))),
            "prohibited" => new BooleanQuery(disableCoord: true) { { Word("w8"), Occur.SHOULD }, { Word("w64"), Occur.SHOULD }, { Word("w1"), Occur.MUST_NOT } },
            "prohibited only" => new BooleanQuery { { Word("w8"), Occur.SHOULD }, { new TermQuery(new Term("body", "w27")), Occur.MUST_NOT } },
            "one of" => OneOf(Word("w8"), Word("w27"), Word("w125")),
            "coord" => new BooleanQuery { { Word("w8"), Occur.SHOULD }, { Word("w27"), Occur.SHOULD }, { Word("w125"), Occur.SHOULD } },
            _ => throw new ArgumentOutOfRangeException(nameof(shape)),
        };
    }

    private static List<string> Hits(TopDocs top) => [.. top.ScoreDocs.Select(d => $"{d.Doc} {BitConverter.SingleToInt32Bits(d.Score):x8}")];

    // Scores a segment up to 700, then 3,000, then its last document, as a caller may; every document collected, in order.
    private static List<string> Parts(Weight weight, AtomicReaderContext leaf)
    {
        var collected = new List<string>();
        var scorer = weight.GetBulkScorer(leaf, scoreDocsInOrder: false, leaf.AtomicReader.LiveDocs);
        var collector = new Recorder(collected);
        foreach (var max in new[] { 700, 3_000, leaf.AtomicReader.MaxDoc })
        {
            collected.Add($"more: {scorer?.Score(collector, max)}");
        }
        return collected;
    }

    private sealed class Recorder(List<string> collected) : ICollector
    {
        private Scorer _scorer = null!;

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void SetNextReader(AtomicReaderContext context)
        {
        }

        public void Collect(int doc) => collected.Add($"{doc} {BitConverter.SingleToInt32Bits(_scorer.GetScore()):x8} {_scorer.Freq}");
    }
}
