using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Core.Corpus;
using Search.Core.Querying;
using Search.Core.Schema;
using Search.Core.Trends;

namespace Search.Core.Who;

/// <summary>
/// <c>search who --by commenter</c> over all days when the narratives match few comments: each matching comment's
/// stored fields are read (its author, date and ids), and each commenter's total is the document count of their
/// <c>commenter</c> term, so no column of the whole index is read. The same rows as the columns give
/// (<see cref="WhoTables"/>), by the same rules; which way is taken depends only on how many comments matched.
/// </summary>
internal static class SparseWho
{
    /// <summary>
    /// Reading a comment's stored fields costs about as much as reading the columns for 250 documents of the index:
    /// fewer matches than the index's documents over this are counted from the stored fields.
    /// </summary>
    public const int DocumentsPerStoredMatch = 250;

    private static readonly HashSet<string> Fields = [FieldNames.Path, FieldNames.CommentArticle, FieldNames.CommentId, "comment_published", "comment_author"];

    /// <summary>Whether a request is one this way can count: commenters' comments, over all days, not by period, copies counted raw.</summary>
    public static bool Applies(WhoRequest request) =>
        request.By == WhoGroupBy.Commenter && request.UnitCounted == TrendUnit.Comments
        && request.From is null && request.To is null && request.ByPeriod is null && !request.Collapse;

    /// <summary>The most matches, over all narratives, that are counted this way in an index of so many documents.</summary>
    public static long Limit(IndexReader reader) => reader.MaxDoc / DocumentsPerStoredMatch;

    /// <summary>The rows of every narrative.</summary>
    public static List<NarrativeWho> Rows(SearchEngine engine, WhoRequest request, IReadOnlyList<NarrativeMatches> narratives)
    {
        var reader = engine.Searcher.IndexReader;
        var totals = new Dictionary<string, long>(StringComparer.Ordinal);
        var result = new List<NarrativeWho>(narratives.Count);
        foreach (var narrative in narratives)
        {
            if (narrative.Matched is null)
            {
                result.Add(new NarrativeWho(narrative.Query, [], 0, narrative.Error, narrative.Notes));
                continue;
            }
            var byKey = new Dictionary<string, List<SparseMatch>>(StringComparer.Ordinal);
            foreach (var leaf in reader.Leaves)
            {
                if (!narrative.Matched.TryGetValue(leaf.Ord, out var docs))
                {
                    continue;
                }
                foreach (var doc in MatchedDocs.Each(docs))
                {
                    var match = Read(reader, leaf.DocBase + doc);
                    var key = NameKey.Of(match.Author);
                    if (!byKey.TryGetValue(key, out var list))
                    {
                        byKey[key] = list = [];
                    }
                    list.Add(match);
                }
            }
            var chosen = byKey.Where(g => g.Value.Count >= request.Min)
                .Select(g => (Key: g.Key, Matches: g.Value, Total: Total(reader, g.Key, totals)))
                .ToList();
            chosen.Sort((a, b) =>
                b.Matches.Count.CompareTo(a.Matches.Count) is var m and not 0 ? m
                : Ratio(b.Matches.Count, b.Total).CompareTo(Ratio(a.Matches.Count, a.Total)) is var r and not 0 ? r
                : string.CompareOrdinal(a.Key, b.Key));
            var shown = request.Top > 0 ? chosen.Take(request.Top) : chosen;
            var rows = shown.Select(g => Row(narrative.Query.Id, g.Key, g.Matches, g.Total)).ToList();
            result.Add(new NarrativeWho(narrative.Query, rows, chosen.Count, null, narrative.Notes));
        }
        return result;
    }

    private static SparseMatch Read(IndexReader reader, int doc)
    {
        var stored = reader.Document(doc, Fields);
        var published = stored.Get("comment_published") ?? "";
        var article = stored.Get(FieldNames.CommentArticle) ?? "";
        return new SparseMatch(doc, stored.Get("comment_author"), published, DayNumber.Of(published),
            article + "/" + stored.Get(FieldNames.CommentId), article, stored.Get(FieldNames.Path) + "\n" + article);
    }

    // All of a commenter's live comments: their term's document count, or its live postings where a segment has deletions.
    private static long Total(IndexReader reader, string key, Dictionary<string, long> known)
    {
        if (known.TryGetValue(key, out var total))
        {
            return total;
        }
        var term = new BytesRef(key);
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(FieldNames.Commenter)?.GetEnumerator();
            if (terms is null || !terms.SeekExact(term))
            {
                continue;
            }
            if (leaf.AtomicReader.LiveDocs is null)
            {
                total += terms.DocFreq;
                continue;
            }
            var docs = terms.Docs(leaf.AtomicReader.LiveDocs, null, DocsFlags.NONE);
            while (docs.NextDoc() != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS)
            {
                total++;
            }
        }
        return known[key] = total;
    }

    // The rules of WhoTables: first and last by day, ties by time, article id and place; with no dated match, among
    // the undated ones; the name as the first match spells it.
    private static WhoRow Row(string narrative, string key, List<SparseMatch> matches, long total)
    {
        var dated = matches.Where(m => m.Day is not null).ToList();
        var pool = dated.Count > 0 ? dated : matches;
        var ordered = (IEnumerable<SparseMatch> list) => list.OrderBy(m => m.Published, StringComparer.Ordinal)
            .ThenBy(m => m.Article, StringComparer.Ordinal).ThenBy(m => m.Doc).ToList();
        var first = ordered(dated.Count > 0 ? pool.Where(m => m.Day == dated.Min(d => d.Day)) : pool)[0];
        var last = ordered(dated.Count > 0 ? pool.Where(m => m.Day == dated.Max(d => d.Day)) : pool)[^1];
        var name = key.Length == 0 ? WhoNames.Unnamed(WhoGroupBy.Commenter) : first.Author ?? key;
        return new WhoRow(narrative, null, name, key.Length == 0, matches.Count, total,
            total > 0 ? (double)matches.Count / total : null,
            Day(first.Day), first.Id, Day(last.Day), last.Id,
            matches.Select(m => m.Thread).Distinct(StringComparer.Ordinal).LongCount());
    }

    private static string? Day(int? day) => day is { } d ? DayNumber.Date(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    private static double Ratio(long matches, long total) => total > 0 ? (double)matches / total : 0;
}
