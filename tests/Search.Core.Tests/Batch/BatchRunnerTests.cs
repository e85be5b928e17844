using Search.Core.Batch;

namespace Search.Core.Tests.Batch;

/// <summary>
/// A batch on several threads: results in input order, and a caller that stops reading early (<c>search batch | head</c>)
/// gets back control only once no query is running, since it closes the index next.
/// </summary>
public class BatchRunnerTests
{
    private static IEnumerable<BatchQuery> Queries(int count) =>
        Enumerable.Range(1, count).Select(i => new BatchQuery($"q{i}", $"query {i}", i));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Results_come_back_in_input_order(int threads)
    {
        // Later queries answer faster, so on several threads they finish first.
        var results = BatchRunner.Run(Queries(100), query =>
        {
            Thread.Sleep(query.Line % 7);
            return new BatchResult(query, null, null);
        }, threads, CancellationToken.None).Select(r => r.Query.Id).ToList();

        Assert.Equal(Queries(100).Select(q => q.Id), results);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void A_reader_that_stops_early_gets_control_back_only_when_no_query_is_running(int threads)
    {
        var running = 0;
        var begun = 0;
        BatchResult Answer(BatchQuery query)
        {
            Interlocked.Increment(ref begun);
            Interlocked.Increment(ref running);
            Thread.Sleep(50);
            Interlocked.Decrement(ref running);
            return new BatchResult(query, null, null);
        }

        var read = 0;
        var stoppedWhileRunning = false;
        using (var results = BatchRunner.Run(Queries(1_000), Answer, threads, CancellationToken.None).GetEnumerator())
        {
            // The reader stops at a moment when another query is running (it sleeps long enough to be running still).
            while (!stoppedWhileRunning && results.MoveNext())
            {
                read++;
                stoppedWhileRunning = Volatile.Read(ref running) > 0;
            }
        }

        Assert.True(stoppedWhileRunning, $"no query was running while {read} results were read");
        Assert.Equal(0, Volatile.Read(ref running));
        // Queries waiting for a thread were dropped, not answered after the reader had gone.
        var begunAtStop = Volatile.Read(ref begun);
        Thread.Sleep(200);
        Assert.Equal(begunAtStop, Volatile.Read(ref begun));
        Assert.True(begunAtStop < 1_000);
    }

    [Fact]
    public void A_failing_query_stops_the_batch_after_the_others_running_have_finished()
    {
        var running = 0;
        BatchResult Answer(BatchQuery query)
        {
            Interlocked.Increment(ref running);
            try
            {
                Thread.Sleep(10);
                return query.Line == 3 ? throw new InvalidOperationException("damaged") : new BatchResult(query, null, null);
            }
            finally
            {
                Interlocked.Decrement(ref running);
            }
        }

        var read = new List<string>();
        var failure = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var result in BatchRunner.Run(Queries(1_000), Answer, 2, CancellationToken.None))
            {
                read.Add(result.Query.Id);
            }
        });

        Assert.Equal("damaged", failure.Message);
        Assert.Equal(["q1", "q2"], read);
        Assert.Equal(0, Volatile.Read(ref running));
    }
}
