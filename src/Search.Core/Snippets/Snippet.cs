using System.Text;

namespace Search.Core.Snippets;

/// <summary>A passage of a stored text with the matched words marked.</summary>
/// <param name="Text">The passage, plain; <c>...</c> at an end where the text was cut.</param>
/// <param name="Highlights">The matched stretches, in order, not overlapping.</param>
public sealed record Snippet(string Text, IReadOnlyList<Highlight> Highlights)
{
    /// <summary>The passage with each highlight wrapped in markers.</summary>
    /// <param name="open">Put before a highlight.</param>
    /// <param name="close">Put after a highlight.</param>
    /// <returns>The marked text.</returns>
    public string Marked(string open = "<mark>", string close = "</mark>")
    {
        var marked = new StringBuilder(Text.Length + Highlights.Count * (open.Length + close.Length));
        var at = 0;
        foreach (var h in Highlights)
        {
            marked.Append(Text, at, h.Start - at).Append(open).Append(Text, h.Start, h.Length).Append(close);
            at = h.Start + h.Length;
        }
        return marked.Append(Text, at, Text.Length - at).ToString();
    }
}
