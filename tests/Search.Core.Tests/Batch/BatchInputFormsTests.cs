using Search.Core.Batch;

namespace Search.Core.Tests.Batch;

/// <summary>A batch input line in any of its three forms; a bad one is a query with an error, never an exception.</summary>
public class BatchInputFormsTests
{
    [Theory]
    [InlineData("multipolar world", "q3", "multipolar world", null)]
    [InlineData("mir\t\"Russkiy Mir\"", "mir", "\"Russkiy Mir\"", null)]
    [InlineData("{\"id\": \"c\", \"query\": \"multipolar*\", \"in\": \"comments\"}", "c", "multipolar*", "Comments")]
    [InlineData("{\"id\": 7, \"query\": \"hybrid\", \"in\": \"all\"}", "7", "hybrid", "Thread")]
    [InlineData("{\"id\": 8, \"query\": \"hybrid\", \"in\": \"dense\"}", "8", "hybrid", "Dense")]
    [InlineData("{\"id\": 9, \"query\": \"hybrid\", \"in\": \"articles\"}", "9", "hybrid", "Body")]
    public void A_good_line_gives_its_id_query_and_scope(string line, string id, string query, string? scope)
    {
        var parsed = BatchInputReader.Parse(line, 3);
        Assert.Null(parsed.Error);
        Assert.Equal((id, query, scope), (parsed.Id, parsed.Query, parsed.Scope?.ToString()));
    }

    [Theory]
    [InlineData("{\"query\": \"x\", \"in\": \"everywhere\"}", "line 3: \"in\" must be \"thread\", \"body\", \"comments\" or \"dense\"")]
    [InlineData("{\"query\": \"x\", \"in\": 5}", "line 3: \"in\" must be \"thread\", \"body\", \"comments\" or \"dense\"")]
    [InlineData("{\"query\": \"x\", \"in\": [\"comments\"]}", "line 3: \"in\" must be \"thread\", \"body\", \"comments\" or \"dense\"")]
    [InlineData("{\"query\": \"x\", \"limit\": \"5\"}", "line 3: \"limit\" must be a whole number, 0 or more")]
    [InlineData("{\"in\": \"all\"}", "line 3: the JSON object has no \"query\" string")]
    public void A_bad_line_is_a_query_with_its_error(string line, string error)
    {
        Assert.Equal(error, BatchInputReader.Parse(line, 3).Error);
    }
}
