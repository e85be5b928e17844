using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Search.Core.Analysis;
using Search.Core.Copies;
using Search.Core.Errors;
using Search.Core.Querying.Syntax;
using Search.Core.Schema;
using Search.Core.Snippets;
using Search.Core.Storage;

namespace Search.Core.Querying;

/// <summary>
/// Answers queries over one index. Open it once per process; <see cref="Search"/> is safe to call from several
/// threads at once. Everything a hit shows comes from the index's stored fields: the corpus is never read.
/// </summary>
public sealed class SearchEngine : IDisposable
{
    private readonly ArticleIndex _index;
    private readonly SlicedSearcher _searcher;
    private readonly SplitSearch _split;
    private readonly Analyzer _analyzer;
    private readonly SearchFields _fields;
    private readonly SearchFields _commentFields;
    private readonly MatchFinder _matches;
    private readonly TimeSpan _timeLimit;
    private readonly Lazy<ThreadLayout> _layout;
    private readonly Lazy<CopyGroups> _copies;
    private int _running;

    private SearchEngine(ArticleIndex index, IndexSchema schema, TimeSpan timeLimit)
    {
        _index = index;
        _timeLimit = timeLimit;
        _searcher = new SlicedSearcher(index.Reader) { Similarity = Ranking.Similarity() };
        _split = new SplitSearch(_searcher, timeLimit);
        _analyzer = SchemaAnalyzer.For(schema);
        _fields = new SearchFields(schema);
        _commentFields = new SearchFields(schema, DocumentKind.Comment);
        _matches = new MatchFinder(_analyzer, _fields);
        _layout = new(() => ThreadLayout.Read(index.Reader));
        _copies = new(() => CopyGroups.Find(index.Reader, index.Metadata.CopyThreshold));
    }

    /// <summary>How long one query may spend finding its hits before it is stopped with a <see cref="QueryException"/>.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(10);

    /// <summary>Schema, corpus and time of the commit being searched.</summary>
    public IndexMetadata Metadata => _index.Metadata;

    /// <summary>The index folder.</summary>
    public string IndexPath => _index.Path;

    /// <summary>Opens the latest commit of an index for searching.</summary>
    /// <param name="indexPath">The index folder.</param>
    /// <returns>The engine; dispose it when done.</returns>
    /// <exception cref="SearchException">No index, a damaged one, or one built with another schema.</exception>
    public static SearchEngine Open(string indexPath) => Open(indexPath, TimeLimit);

    // A shorter limit lets a test see a query stopped without waiting 10 s; callers outside the tests use the one above.
    internal static SearchEngine Open(string indexPath, TimeSpan timeLimit)
    {
        var schema = IndexSchema.Current;
        var index = ArticleIndex.Open(indexPath, schema);
        return new SearchEngine(index, schema, timeLimit);
    }

    /// <summary>Runs a query.</summary>
    /// <param name="request">The query and options.</param>
    /// <returns>The total, the requested page of hits with their matches, and spelling suggestions when nothing matched.</returns>
    /// <exception cref="QueryException">The query is malformed, names an unknown field, or is too broad.</exception>
    public SearchResults Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        // A query alone uses every core; when a batch runs several at once, each keeps to one.
        var alone = Interlocked.Increment(ref _running) == 1;
        try
        {
            return Answer(request, alone);
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }

    private SearchResults Answer(SearchRequest request, bool alone)
    {
        var parsed = Parse(request);
        var query = parsed.Matching;
        var bonus = parsed.ProximityBonus;
        long? comments = null;
        long? commentsCollapsed = null;
        if (request.Scope is SearchScope.Comments or SearchScope.Dense)
        {
            // The selected threads are the hits; the article's comment fields only rank them.
            var selection = SelectThreads(request);
            query = new BooleanQuery
            {
                { new ConstantScoreQuery(new SegmentBitsFilter(selection.Articles)) { Boost = 0 }, Occur.MUST },
                { query, Occur.SHOULD },
            };
            comments = selection.CommentCount;
            if (request.Collapse)
            {
                commentsCollapsed = comments - CopyCollapse.Of(Copies, CopyKind.Comment, selection.Comments, _index.Reader).HiddenCount;
            }
        }
        var collapsed = CollapsedMatches.None;
        int? rawTotal = null;
        if (request.Collapse)
        {
            // Two passes: every match, to find each group's first matching member; then the query without the others.
            var matched = new MatchedDocs();
            Collect(query, matched);
            rawTotal = (int)matched.Count;
            collapsed = CopyCollapse.Of(Copies, CopyKind.Article, matched.BySegment, _index.Reader);
            if (collapsed.HiddenCount > 0)
            {
                query = new BooleanQuery
                {
                    { query, Occur.MUST },
                    { new ConstantScoreQuery(new SegmentBitsFilter(collapsed.Hidden)), Occur.MUST_NOT },
                };
            }
        }
        int total;
        ScoreDoc[] page;
        if (request.Limit <= 0)
        {
            (total, page) = (WithinTimeLimit(() => _split.Count(query, alone)), []);
        }
        else
        {
            var wanted = checked(request.Offset + request.Limit);
            var top = WithinTimeLimit(() => _split.Top(query, bonus is null ? wanted : Math.Max(wanted, ProximityRescorer.Window), alone));
            var best = bonus is null ? top.ScoreDocs : ProximityRescorer.Rescore(_searcher, bonus, top.ScoreDocs);
            (total, page) = (top.TotalHits, best.Skip(request.Offset).Take(request.Limit).ToArray());
        }
        var units = request.Snippets ? parsed.Highlights() : [];
        var explained = request.Explain && bonus is not null ? WithBonus(query, bonus) : query;
        var threads = request.Snippets && page.Length > 0 ? ThreadCounter(request) : null;
        var hits = new SearchHit[page.Length];
        _split.ForEach(page.Length, i => hits[i] = Hit(page[i], request.Offset + i + 1, explained, units, request) with
        {
            Copies = collapsed.CopiesOf.GetValueOrDefault(page[i].Doc),
        }, alone && request.Snippets);
        if (threads?.Count([.. page.Select((d, i) => (d.Doc, hits[i].Id))]) is { } counted)
        {
            for (var i = 0; i < hits.Length; i++)
            {
                hits[i] = hits[i] with { Thread = counted[i] };
            }
        }
        var suggestions = total == 0
            ? SpellingSuggester.Suggest(parsed.Words, _index.Reader, _analyzer, _fields.Default(request.Scope))
            : [];
        return new SearchResults(request.Query, rawTotal ?? total, hits, suggestions)
        {
            Notes = parsed.Notes,
            Comments = comments,
            TotalCollapsed = request.Collapse ? total : null,
            CommentsCollapsed = commentsCollapsed,
        };
    }

    /// <summary>The threads a query selects in the comments and dense scopes, its comment query run over every comment.</summary>
    internal ThreadSelection SelectThreads(SearchRequest request)
    {
        var matched = new MatchedDocs();
        Collect(MatchingOrNothing(request, DocumentKind.Comment), matched);
        var maxDocs = _index.Reader.Leaves.ToDictionary(l => l.Ord, l => l.AtomicReader.MaxDoc);
        return ThreadSelection.Select(matched, Layout, request.Scope, request.Dense, maxDocs);
    }

    /// <summary>Where the threads lie, read the first time a command needs it.</summary>
    internal ThreadLayout Layout => _layout.Value;

    /// <summary>The groups of copies in the index, found the first time a command needs them.</summary>
    internal CopyGroups Copies => _copies.Value;

    /// <summary>The groups of copies in the index (<c>search dupes</c>).</summary>
    /// <param name="kind">Only articles or only comments; null for both.</param>
    /// <param name="minSize">The fewest members a group must have to be listed.</param>
    /// <param name="withText">Also read articles' titles and the pasted comments' text (a stored read per member: slow for many).</param>
    public CopyReport Dupes(CopyKind? kind = null, int minSize = 2, bool withText = true) => CopyFinder.Find(_index, Copies, kind, minSize, withText);

    // The comment query and the body query of a request, for the threads of the hits shown.
    private HitThreadCounter ThreadCounter(SearchRequest request)
    {
        var comments = MatchingOrNothing(request, DocumentKind.Comment);
        var body = MatchingOrNothing(request with { Scope = SearchScope.Body }, DocumentKind.Article);
        return new HitThreadCounter(_searcher, comments, body);
    }

    // A query that searches nothing in some part of a thread (body:such in comments, comment:x in bodies) matches
    // nothing there: the query as a whole was already read, or refused, for the articles.
    private Query MatchingOrNothing(SearchRequest request, string kind)
    {
        try
        {
            return Parse(request, kind).Matching;
        }
        catch (QueryException)
        {
            return new BooleanQuery();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _index.Dispose();

    /// <summary>What a request's query becomes, before it runs (the tests print it).</summary>
    internal ParsedQuery Parse(SearchRequest request) => Parse(request, DocumentKind.Article);

    /// <summary>What a request's query becomes when it searches documents of one kind (articles, or comments one by one).</summary>
    internal ParsedQuery Parse(SearchRequest request, string kind)
    {
        var fields = FieldsOf(kind);
        return request.Syntax == QuerySyntax.Lucene ? ParseLucene(request, fields) : ParseDefault(request, fields);
    }

    /// <summary>The fields a query searches in documents of one kind.</summary>
    internal SearchFields FieldsOf(string kind) => kind == DocumentKind.Comment ? _commentFields : _fields;

    /// <summary>The searcher, for the analyses that collect more than a page of hits.</summary>
    internal IndexSearcher Searcher => _searcher;

    // Our syntax: parsed into a tree, built by the tree's rules; a query of stop words only is built once more with
    // them searched as written (FieldQueries says when).
    private ParsedQuery ParseDefault(SearchRequest request, SearchFields fields)
    {
        var node = QueryParser.Parse(request.Query);
        var clauses = new FieldQueries(_analyzer, fields, _index.Reader, request.Scope);
        var builder = new LuceneQueryBuilder(clauses, request.Translit);
        var query = builder.Build(node);
        IReadOnlyList<string> notes = [];
        if (clauses.NeedsStopWordsAsWritten(query))
        {
            notes = [FieldQueries.StopWordNote(clauses.SkippedStopWords)];
            clauses = new FieldQueries(_analyzer, fields, _index.Reader, request.Scope) { StopWordsAsWritten = true };
            builder = new LuceneQueryBuilder(clauses, request.Translit);
            query = builder.Build(node);
        }
        if (LuceneLookalikes.Note(node) is { } lookalike)
        {
            notes = [.. notes, lookalike];
        }
        var asWritten = clauses.StopWordsAsWritten;
        return new ParsedQuery(query ?? throw NothingToSearch(), builder.ProximityBonus,
            () => HighlightPlanner.Plan(node, _analyzer, fields, request.Scope, asWritten, request.Translit), SpellingSuggester.Words(node), notes);
    }

    // Lucene's syntax: parsed by Lucene.Net.QueryParser's classic parser, whose clauses FieldQueries builds.
    private ParsedQuery ParseLucene(SearchRequest request, SearchFields fields)
    {
        LuceneSyntaxErrors.Check(request.Query);
        var clauses = new FieldQueries(_analyzer, fields, _index.Reader, request.Scope);
        var parser = new LuceneSyntaxParser(clauses, _analyzer, request.Query, request.Translit);
        var query = ParseClassic(parser, request.Query);
        IReadOnlyList<string> notes = [];
        if (clauses.NeedsStopWordsAsWritten(query))
        {
            notes = [FieldQueries.StopWordNote(clauses.SkippedStopWords)];
            clauses = new FieldQueries(_analyzer, fields, _index.Reader, request.Scope) { StopWordsAsWritten = true };
            parser = new LuceneSyntaxParser(clauses, _analyzer, request.Query, request.Translit);
            query = ParseClassic(parser, request.Query);
        }
        if (query is BooleanQuery { Clauses.Count: 0 })
        {
            throw NothingToSearch();
        }
        return new ParsedQuery(query, null, () => LuceneSyntaxHighlights.Plan(query, fields, parser.Patterns), parser.Words, notes);
    }

    private static Query ParseClassic(LuceneSyntaxParser parser, string text)
    {
        try
        {
            return parser.Parse(text);
        }
        catch (Lucene.Net.QueryParsers.Classic.ParseException e)
        {
            throw LuceneSyntaxErrors.Translate(e);
        }
    }

    private static QueryException NothingToSearch() =>
        new("the query has nothing to search: none of its words is indexed (only punctuation?)");

    // What --explain explains: the matching query and the bonus together, as the hit's score was made.
    private static BooleanQuery WithBonus(Query query, Query bonus) =>
        new() { { query, Occur.MUST }, { bonus, Occur.SHOULD } };

    /// <summary>Runs a query into a collector within the time limit.</summary>
    /// <exception cref="QueryException">The query ran longer than the limit.</exception>
    internal void Collect(Query query, ICollector collector) =>
        WithinTimeLimit(() => _split.Collect(query, collector));

    private void WithinTimeLimit(Action search) => WithinTimeLimit(() =>
    {
        search();
        return 0;
    });

    private T WithinTimeLimit<T>(Func<T> search)
    {
        try
        {
            return search();
        }
        catch (QueryDeadlinePassedException)
        {
            throw new QueryException($"the query ran longer than the {_timeLimit.TotalSeconds:0.###} s limit and was stopped; make it more specific");
        }
    }

    private SearchHit Hit(ScoreDoc scoreDoc, int rank, Query query, IReadOnlyList<HighlightUnit> units, SearchRequest request)
    {
        List<HitMatch> matches = [];
        var more = 0;
        StoredArticle stored;
        if (request.Snippets)
        {
            stored = _index.Load(scoreDoc.Doc);
            (matches, more) = _matches.Find(stored.Article, units, request.MaxCommentMatches);
        }
        else
        {
            stored = _index.LoadListing(scoreDoc.Doc);
        }
        var a = stored.Article;
        var explanation = request.Explain ? _searcher.Explain(query, scoreDoc.Doc).ToString() : null;
        return new SearchHit(rank, a.Id, scoreDoc.Score, a.Title, a.Source, a.Published, stored.Path, matches, more, explanation);
    }
}
