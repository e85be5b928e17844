namespace Search.Bench;

/// <summary>
/// <c>compare REFERENCE_HITS OUR_HITS QUERIES [--tsv]</c>: how many queries got the same total from both engines, which
/// each refused, and the mismatches with their query text (phrases first: exact-phrase matching is where the engines'
/// designs differ most). <c>--tsv</c> prints the counts as measurement rows for the report instead.
/// </summary>
internal static class CompareCommand
{
    private const int Shown = 10;

    public static int Run(BenchArgs args)
    {
        var tsv = args.Flag("--tsv");
        var paths = args.Positional("REFERENCE_HITS.tsv", "OUR_HITS.tsv", "QUERIES.tsv");
        var reference = HitsLine.ReadAll(paths[0]);
        var ours = HitsLine.ReadAll(paths[1]);
        var queries = QueryFile.Read(paths[2]);
        var missing = queries.FirstOrDefault(q => !reference.ContainsKey(q.Id) || !ours.ContainsKey(q.Id));
        if (missing is not null)
        {
            throw new ArgumentException($"query {missing.Id} has no line in one of the hits files");
        }

        var pairs = queries.Select(q => (Query: q, Ref: reference[q.Id], Ours: ours[q.Id])).ToList();
        var equal = pairs.Count(p => p.Ref.Total == p.Ours.Total);
        var sameTop = pairs.Count(p => p.Ref.Total == p.Ours.Total && p.Ref.SameTopSet(p.Ours));
        var refusedByUs = pairs.Where(p => p.Ours.Refused).Select(p => p.Query).ToList();
        var refusedByRef = pairs.Where(p => p.Ref.Refused).Select(p => p.Query).ToList();
        var mismatches = pairs.Where(p => p.Ref.Total != p.Ours.Total).ToList();

        if (tsv)
        {
            Console.WriteLine($"answers: equal totals\tours\t{equal}/{pairs.Count}");
            Console.WriteLine($"answers: equal totals and top-10 id sets\tours\t{sameTop}/{pairs.Count}");
            Console.WriteLine($"queries refused as bad\tours\t{refusedByUs.Count}");
            Console.WriteLine($"queries refused as bad\tref\t{refusedByRef.Count}");
            return 0;
        }
        Console.WriteLine($"equal totals: {equal}/{pairs.Count}; equal totals and the same top-10 ids (as sets): {sameTop}/{pairs.Count}");
        Console.WriteLine($"refused by ours: {refusedByUs.Count}{Listed(refusedByUs)}");
        Console.WriteLine($"refused by the reference: {refusedByRef.Count}{Listed(refusedByRef)}");
        var byClass = mismatches.GroupBy(p => p.Query.Class).Select(g => $"{g.Key} {g.Count()}");
        Console.WriteLine($"total mismatches: {mismatches.Count} ({string.Join(", ", byClass)})");
        foreach (var phrase in new[] { true, false })
        {
            var some = mismatches.Where(p => p.Query.IsPhrase == phrase).ToList();
            Console.WriteLine($"{(phrase ? "phrase" : "other")} mismatches: {some.Count}{(some.Count > Shown ? $", first {Shown}" : "")}");
            foreach (var (q, r, o) in some.Take(Shown))
            {
                Console.WriteLine($"  {q.Id,-14} ours {o.Total,7}  reference {r.Total,7}  {q.Text}");
            }
        }
        return 0;
    }

    private static string Listed(List<BenchQuery> queries) =>
        queries.Count == 0 ? "" : ": " + string.Join(", ", queries.Take(Shown).Select(q => $"{q.Id} {q.Text}")) + (queries.Count > Shown ? ", ..." : "");
}
