namespace Search.Cli;

/// <summary>
/// What the analyses (<c>trend</c>, <c>who</c>) say on stderr about their narratives: the table's notes, each
/// narrative's notes, and a failed narrative's error where the format has no place for it (TSV, CSV).
/// </summary>
internal static class NarrativeNotes
{
    /// <summary>Writes the notes and returns how many narratives failed.</summary>
    /// <param name="console">Where notes go.</param>
    /// <param name="notes">The notes about the whole table.</param>
    /// <param name="narratives">Each narrative's id, notes and error.</param>
    /// <param name="errorsHere">Whether errors are written here because the output format cannot hold them.</param>
    public static int Report(CliConsole console, IReadOnlyList<string> notes,
        IEnumerable<(string Id, IReadOnlyList<string> Notes, string? Error)> narratives, bool errorsHere)
    {
        foreach (var note in notes)
        {
            console.Note("note: " + note);
        }
        var failed = 0;
        foreach (var (id, own, error) in narratives)
        {
            foreach (var note in own)
            {
                console.Note($"{id}: note: {note}");
            }
            if (error is not null)
            {
                failed++;
                if (errorsHere)
                {
                    console.Note($"{id}: {error}");
                }
            }
        }
        return failed;
    }
}
