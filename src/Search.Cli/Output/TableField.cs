namespace Search.Cli.Output;

/// <summary>One field of a TSV or CSV table, written so that the table stays a table, for every printer of one.</summary>
internal static class TableField
{
    /// <summary>
    /// TSV cannot quote, so a tab or line break becomes a space; CSV quotes a field that holds its separator or a
    /// quote (RFC 4180).
    /// </summary>
    public static string Of(string text, char separator)
    {
        if (separator == '\t')
        {
            return TsvResultsPrinter.Clean(text);
        }
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"")}\"" : text;
    }
}
