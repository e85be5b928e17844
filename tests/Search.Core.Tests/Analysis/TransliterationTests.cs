using Search.Core.Analysis;

namespace Search.Core.Tests.Analysis;

/// <summary>One key for a word in either script: the Cyrillic original and its common romanisations meet.</summary>
public class TransliterationTests
{
    [Theory]
    [InlineData("русский", "russkiy", "russkii", "russky", "russkij")]
    [InlineData("новороссия", "novorossiya", "novorossia", "novorossija", "novorossiia")]
    [InlineData("силовики", "siloviki", "siloviki", "siloviki", "siloviki")]
    [InlineData("хрущёв", "khrushchev", "hrushchev", "khruschev", "hruschev")]
    [InlineData("ельцин", "yeltsin", "eltsin", "jeltsin", "yeltzin")]
    [InlineData("достоевский", "dostoyevsky", "dostoevsky", "dostoevskii", "dostojevskij")]
    [InlineData("юрий", "yuri", "yuriy", "iurii", "jurij")]
    [InlineData("русь", "rus'", "rus", "rus'", "rus")]
    [InlineData("александр", "aleksandr", "alexandr", "aleksandr", "alexandr")]
    public void A_cyrillic_word_and_its_romanisations_have_one_key(string cyrillic, params string[] latin)
    {
        var key = Transliteration.Key(cyrillic);
        Assert.All(latin, spelling => Assert.Equal(key, Transliteration.Key(spelling)));
    }

    [Fact]
    public void Spellings_outside_the_folding_keep_keys_of_their_own()
    {
        // German ch for х and yo for ё are not folded: the README says so.
        Assert.NotEqual(Transliteration.Key("хрущёв"), Transliteration.Key("chruschtschow"));
        Assert.NotEqual(Transliteration.Key("хрущёв"), Transliteration.Key("khrushchyov"));
    }

    [Theory]
    [InlineData("russkiy", "русского", "русскому", "русском", "Russkogo")]
    [InlineData("mir", "мира", "миру", "миром", "мире")]
    [InlineData("novorossiya", "новороссии", "новороссию", "Новороссией", "novorossii")]
    public void Inflected_forms_share_the_key_of_their_stem_in_either_script(string word, params string[] forms)
    {
        var stem = Transliteration.StemKey(Transliteration.Key(word));
        foreach (var form in forms)
        {
            Assert.Equal(stem, Transliteration.StemKey(Transliteration.Key(form.ToLowerInvariant())));
        }
    }

    [Fact]
    public void Different_words_keep_different_stem_keys()
    {
        Assert.NotEqual(Transliteration.StemKey(Transliteration.Key("мир")), Transliteration.StemKey(Transliteration.Key("мирный")));
        Assert.NotEqual(Transliteration.StemKey(Transliteration.Key("русский")), Transliteration.StemKey(Transliteration.Key("россия")));
    }
}
