using System.Text;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Search.Core.Analysis;

/// <summary>
/// One folded key for a word in either script, so that the Cyrillic original and its common romanisations meet:
/// <c>Русский</c>, <c>Russkiy</c>, <c>Russkii</c>, <c>Russky</c> and <c>Russkij</c> all become <c>russki</c>.
/// Cyrillic letters are transliterated by a fixed table (<c>х</c> h, <c>ц</c> ts, <c>щ</c> sch, <c>я</c> ia,
/// <c>ю</c> iu, the soft and hard signs dropped); Latin variants are normalised: <c>y</c> and <c>j</c> as <c>i</c>,
/// a run of them as one (<c>iy</c>, <c>ij</c>, <c>ii</c>), <c>kh</c> as <c>h</c>, <c>tz</c> as <c>ts</c>,
/// <c>shch</c> as <c>sch</c>, <c>x</c> as <c>ks</c>, <c>w</c> as <c>v</c>, apostrophes dropped; and on both sides
/// an <c>i</c> before <c>e</c> at the start of a word or after a vowel goes (<c>Yeltsin</c>, <c>Dostoyevsky</c>).
/// A table of our own rather than ICU's transliterator: ICU gives one standard romanisation, not the folding of the
/// dozen spellings people type, and it needs data files that Native AOT does not carry.
/// </summary>
internal static class Transliteration
{
    [ThreadStatic]
    private static RussianStemmer? _stemmer;

    /// <summary>The key of a word that is lower-cased and folded as the exact fields fold it.</summary>
    /// <param name="word">The word.</param>
    /// <returns>Its key: ASCII letters for Latin and Cyrillic letters; other characters as they are.</returns>
    public static string Key(ReadOnlySpan<char> word)
    {
        var spelled = new StringBuilder(word.Length + 8);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (CyrillicFolding.IsCyrillic(c))
            {
                spelled.Append(Cyrillic(c));
                continue;
            }
            var rest = word[i..];
            if (rest.StartsWith("shch"))
            {
                spelled.Append("sch");
                i += 3;
            }
            else if (rest.StartsWith("kh"))
            {
                spelled.Append('h');
                i++;
            }
            else if (rest.StartsWith("tz"))
            {
                spelled.Append("ts");
                i++;
            }
            else
            {
                spelled.Append(c switch
                {
                    'y' or 'j' => "i",
                    'x' => "ks",
                    'w' => "v",
                    '\'' or '"' or '\u02B9' or '\u02BA' => "",
                    _ => c.ToString(),
                });
            }
        }
        return Tidy(spelled);
    }

    /// <summary>
    /// The key of a word's Russian stem: the key spelled in Cyrillic, stemmed by the Snowball Russian stemmer, and
    /// keyed again. Inflected forms meet (<c>russkogo</c>, <c>русскому</c>, <c>Russkiy</c> -> <c>russk</c>), whichever
    /// script they were written in, because both sides go through the same key.
    /// </summary>
    /// <param name="key">A <see cref="Key"/>.</param>
    public static string StemKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var cyrillic = ToCyrillic(key);
        var stemmer = _stemmer ??= new RussianStemmer();
        stemmer.SetCurrent(cyrillic);
        stemmer.Stem();
        return Key(stemmer.CurrentBuffer.AsSpan(0, stemmer.CurrentBufferLength));
    }

    private static string Cyrillic(char c) => c switch
    {
        'а' => "a", 'б' => "b", 'в' => "v", 'г' or 'ґ' => "g", 'д' => "d", 'е' or 'ё' or 'є' or 'э' => "e", 'ж' => "zh",
        'з' => "z", 'и' or 'й' or 'ы' or 'і' or 'ї' => "i", 'к' => "k", 'л' => "l", 'м' => "m", 'н' => "n", 'о' => "o",
        'п' => "p", 'р' => "r", 'с' => "s", 'т' => "t", 'у' or 'ў' => "u", 'ф' => "f", 'х' => "h", 'ц' => "ts",
        'ч' => "ch", 'ш' => "sh", 'щ' => "sch", 'ъ' or 'ь' => "", 'ю' => "iu", 'я' => "ia",
        _ => c.ToString(),
    };

    // A run of i is one i; an i before e at the start of a word or after a vowel is the glide that Latin spellings
    // write (ye, ie, je) and Cyrillic writes inside the е: dropped on both sides.
    private static string Tidy(StringBuilder spelled)
    {
        var key = new StringBuilder(spelled.Length);
        for (var i = 0; i < spelled.Length; i++)
        {
            var c = spelled[i];
            if (c == 'i' && key.Length > 0 && key[^1] == 'i')
            {
                continue;
            }
            var glide = c == 'i' && i + 1 < spelled.Length && spelled[i + 1] == 'e' && (key.Length == 0 || key[^1] is 'a' or 'e' or 'o' or 'u');
            if (!glide)
            {
                key.Append(c);
            }
        }
        return key.ToString();
    }

    // The key spelled back in Cyrillic letters, for the stemmer: a key has lost what it folded (й, ы, ь), which the
    // stemmer's endings do not depend on enough to matter, and both sides lose it alike.
    private static string ToCyrillic(string key)
    {
        var cyrillic = new StringBuilder(key.Length);
        for (var i = 0; i < key.Length; i++)
        {
            var rest = key.AsSpan(i);
            var (letter, length) = rest switch
            {
                _ when rest.StartsWith("sch") => ('щ', 3),
                _ when rest.StartsWith("sh") => ('ш', 2),
                _ when rest.StartsWith("ch") => ('ч', 2),
                _ when rest.StartsWith("zh") => ('ж', 2),
                _ when rest.StartsWith("ts") => ('ц', 2),
                _ when rest.StartsWith("ia") => ('я', 2),
                _ when rest.StartsWith("iu") => ('ю', 2),
                _ => (Latin(rest[0]), 1),
            };
            if (letter is 'я' or 'ю' && i > 0 && !"aeiou".Contains(key[i - 1]))
            {
                // After a consonant the key's ia is mostly ия (Россия, rossia), whose и the stemmer needs: read as я,
                // Новороссия would lose its ending as a verb's reflexive ся.
                cyrillic.Append('и');
            }
            cyrillic.Append(letter);
            i += length - 1;
        }
        return cyrillic.ToString();
    }

    private static char Latin(char c)
    {
        const string from = "abvgdezijklmnoprstufh";
        const string to = "абвгдезийклмнопрстуфх";
        var at = from.IndexOf(c);
        return at < 0 ? c : to[at];
    }
}
