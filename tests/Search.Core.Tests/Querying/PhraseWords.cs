using System.Text;
using System.Text.RegularExpressions;

namespace Search.Core.Tests.Querying;

/// <summary>
/// The words of a phrase as exact-phrase search compares them: lower case, accents and typographic apostrophes
/// folded, a possessive 's dropped, punctuation and white space between words ignored.
/// </summary>
internal static partial class PhraseWords
{
    // The accented Latin-1 letters and their plain forms. (String.Normalize cannot strip accents here: the
    // projects run with invariant globalization.)
    private const string Accented = "àáâãäåçèéêëìíîïñòóôõöøùúûüýÿ";
    private const string Plain = "aaaaaaceeeeiiiinoooooouuuuyy";

    public static IReadOnlyList<string> Of(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            var accented = Accented.IndexOf(c, StringComparison.Ordinal);
            folded.Append(c switch
            {
                '\u2018' or '\u2019' => '\'',
                _ when accented >= 0 => Plain[accented],
                _ => c,
            });
        }
        return Word().Matches(folded.ToString()).Select(m => m.Value.EndsWith("'s", StringComparison.Ordinal) ? m.Value[..^2] : m.Value).ToList();
    }

    public static bool Same(string a, string b) => Of(a).SequenceEqual(Of(b));

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*")]
    private static partial Regex Word();
}
