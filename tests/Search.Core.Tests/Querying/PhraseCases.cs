namespace Search.Core.Tests.Querying;

/// <summary>
/// Exact phrases over the default corpus and where each really occurs, worked out by reading the five pages of
/// corpus/ (line numbers are the file's). Page chrome, comment author lines and repeated copies of the title are not
/// article text; a phrase may not run across two lines (paragraphs), two comments, or title and body.
/// Each expectation is <c>ARTICLE:PLACES</c> (see <see cref="ArticlePlaces"/>); an empty list means no article.
/// </summary>
public static class PhraseCases
{
    public static TheoryData<string, string[]> All { get; } = new()
    {
        // ---- in four or more articles ----
        // 000 body (lines 9 `a “multipolar” world`, 15, 17, 23, 37, 89, 93, 103, 113); 002 body (3, 13);
        // 003 body (18 "the multipolar world idea", 26 "the multipolar world concept"); 004 body (205). Never in 001.
        { "multipolar world", ["000:body", "002:body", "003:body", "004:body"] },
        // 000 body (21, 77 `Russia “will continue`, 85, 89); 001 body (43, 51, 53); 002 body (33); 003 body (26, twice). Not in 004.
        { "Russia will", ["000:body", "001:body", "002:body", "003:body"] },
        // The possessive is dropped on both sides: "Russia's will" is the phrase "Russia will" (none of the pages says "Russia's will").
        { "Russia's will", ["000:body", "001:body", "002:body", "003:body"] },
        // Every title but 002's, and every body: 002's title says "Foreign Pressure"; its body has "foreign policy doctrine" (5, 11, 33).
        { "foreign policy", ["000:title,body", "001:title,body", "002:body", "003:title,body", "004:title,body"] },

        // ---- in three articles ----
        // With a stop word: 000 body (23), 002 body (13), 004 body (205, "adaptation of the world order to the realities of a multipolar world").
        { "realities of a multipolar world", ["000:body", "002:body", "004:body"] },
        // "a" must be there: 000 body (9, 23, 37, 103, 113), 002 body (13), 004 body (205); 003 only has "the multipolar world".
        { "a multipolar world", ["000:body", "002:body", "004:body"] },
        // 000 body (19, 21, 57, 69); 003 body (16); 004 title (line 3; lines 5 and 7 are its dropped copies) and body (19, 30, 39, 45, 52, 56).
        { "foreign policy concept", ["000:body", "003:body", "004:title,body"] },
        // Typed plain, written ’: 001 title only (line 13 `Russia's Foreign Policy` is the dropped copy of the title);
        // 003 body (20 "Naturally, Russia’s foreign policy"); 004 body (67 and 76 "Russia’s Foreign Policy-Related").
        { "Russia's foreign policy", ["001:title", "003:body", "004:body"] },
        // The comma typed in the query is ignored: 000 body (15, 17, 23, 103), 002 body (3, 13), 004 body (131, 137, 205).
        { "world, order", ["000:body", "002:body", "004:body"] },

        // ---- in two articles ----
        // 000 body (15, 17, 103 "promotion of a multipolar world order"); 002 body (3 "the emerging multipolar world order").
        { "multipolar world order", ["000:body", "002:body"] },
        // "the" must be there: 000 body (89, 93); 003 body (18, 26).
        { "the multipolar world", ["000:body", "003:body"] },
        // 002 body (7, 15 `a “hybrid war”`); 004 body (36 "a new type of hybrid war").
        { "hybrid war", ["002:body", "004:body"] },
        // 000 body (33, 107); 004 body (48, 97, 100).
        { "the Russian people", ["000:body", "004:body"] },
        // The pages have a comma between the words: 000 body (59 "peace, stability, mutual trust"); 002 body (35 "peace, stability, trust").
        { "peace stability", ["000:body", "002:body"] },
        // Typed plain: 000 body (23 "Russia’s allies"); 004 body (155 and 229, written plain "Russia's allies").
        { "Russia's allies", ["000:body", "004:body"] },
        // 000 body (107 "under Article 51 of the UN Charter"); 004 body (259 "the UN Charter’s Article 51").
        { "Article 51", ["000:body", "004:body"] },

        // ---- in one article ----
        // Typed plain, written ’: 000 body (15, 17, 105). 004's "Russia’s security, territorial integrity and sovereignty" is not it.
        { "Russia's sovereignty", ["000:body"] },
        // 000 title (line 1) and body (3 "the newly released Russian Foreign Policy Strategy paper", a longer paragraph, not a copy).
        { "Russian Foreign Policy Strategy", ["000:title,body"] },
        // 002 title (1) and body (17, a longer sentence). Line 47 `2 thoughts on “...”` is WordPress chrome.
        { "strengthened cooperation between all nations facing foreign pressure", ["002:title,body"] },
        // Title only: 001 line 7; line 13 is the dropped copy of the title.
        { "Putin approves new concept", ["001:title"] },
        // Title only: 004 line 3 (5 and 7 are dropped copies); the body has "anti-Russian politics/line/activities".
        { "anti-Russian crusade", ["004:title"] },
        // Title only: 003 line 6 (10 is the dropped copy); the body has "the orientation in favor" (60).
        { "changes foreign policy orientation", ["003:title"] },
        // Accent folded: 002 body (39 "Iran, Türkiye, Saudi Arabia, Egypt").
        { "Turkiye Saudi Arabia", ["002:body"] },
        // Typed plain, written ’: 003 body (22).
        { "Samantha Power's revealing reaction", ["003:body"] },
        // 004 body (56 "the Kremlin’s foreign policy", 73 "The Kremlin's foreign policy").
        { "Kremlin's foreign policy", ["004:body"] },
        // Punctuation between the words: 004 body (82 "constitutional order, sovereignty, independence").
        { "order sovereignty independence", ["004:body"] },
        // 003 body (56) and c1 (73, Tomko Kubianca quoting that paragraph).
        { "One likewise cannot view the effort to inculcate liberal values", ["003:body,c1"] },

        // ---- only in reader comments ----
        // 000 c1 (124, numbered comment 1).
        { "peace on earth", ["000:c1"] },
        // 000 c2 (126 `a real “Rules Based International Order,”`).
        { "Rules Based International Order", ["000:c2"] },
        // 001 c1 (70, Igor Ochocinszk).
        { "single mention", ["001:c1"] },
        // 001 c2 (75, the anonymous comment after two blank lines).
        { "hidden intention", ["001:c2"] },
        // Typed plain, written ’: 002 c1 (50, the indented continuation line of comment 1).
        { "England's timely withdrawal", ["002:c1"] },
        // 002 c1 (50 "And the clue is") and c2 (52 "I don’t know about the clue", the reply).
        { "the clue", ["002:c1,c2"] },
        // 002 c2 (52 "it was Yeltsin, who sold out Russia").
        { "Yeltsin, who sold out Russia", ["002:c2"] },
        // 003 c1 (75, Tomko Kubianca).
        { "liberal values jammed down our throats", ["003:c1"] },
        // 003 c2 (81, Robert McMaster).
        { "run out of gas", ["003:c2"] },
        // 003 c2 (85) and c3 (89, Tomko Kubianca quoting it), written "He’s".
        { "He's sensible enough not to embarrass Obama", ["003:c2,c3"] },
        // 003 c3 (91).
        { "Left Wing Loonies", ["003:c3"] },
        // 003 c4 (98, anonymous, after two blank lines); the hyphens split the words.
        { "Russian terrorists-in-uniforms", ["003:c4"] },
        // 003 c5 (101, anonymous).
        { "Russian Bear", ["003:c5"] },

        // ---- in no article ----
        // All three words are in 000, 002, 003, 004 but never "multipolar peace".
        { "multipolar peace", [] },
        // The words occur ("multipolar world" everywhere), never in this order.
        { "world multipolar", [] },
        // Across a paragraph break: 000 heading "Global war threat mounting" (45), then "Moscow sees the risks" (47).
        { "threat mounting Moscow sees", [] },
        // Across a paragraph break: 002 heading "Key allies" (31), then "Moscow believes that deeper" (33).
        { "key allies Moscow believes", [] },
        // Across two comments: 000 c1 ends "Brothers all are we." (124), c2 starts "“Multipolarity”" (126).
        { "brothers all are we multipolarity", [] },
        // Across two comments: 001 c1 ends "it did receive." (70), c2 starts "Even before the end" (73).
        { "did receive even before", [] },
        // Across title and body: 003 title ends "orientation" (6), the body starts "Original by Andrey Bortsov" (12).
        { "changes foreign policy orientation original", [] },
        // Across two paragraphs of one comment: 003 c1 "...at the subconscious level.”" (73), then "As a westerner" (75).
        { "subconscious level as a westerner", [] },
        // Chrome: SouthFront's call (001 lines 9, 61; 003 lines 8, 64).
        { "Support SouthFront", [] },
        // Chrome: the wpDiscuz footer (001 line 77, 003 line 103).
        { "Would love your thoughts", [] },
        // Chrome: the wpDiscuz header (001 line 65, 003 line 68).
        { "Newest Most Voted", [] },
        // Chrome: RT's closing blurb (002 line 45).
        { "RT creates news with an edge", [] },
        // Chrome: WordPress's comment form (002 line 54).
        { "Leave a Reply", [] },
        // Chrome: Blogger's comment count (004 line 277).
        { "No comments", [] },
        // Chrome: the month banner (001 line 5).
        { "June 2023", [] },
        // Comment author lines are not comment text (003 lines 71, 79, 87).
        { "Robert McMaster", [] },
        { "Tomko Kubianca", [] },
    };

    /// <summary>The cases that match at least one article.</summary>
    public static TheoryData<string, string[]> WithHits { get; } = Where(places => places.Length > 0);

    /// <summary>The cases that match only reader comments.</summary>
    public static TheoryData<string, string[]> OnlyInComments { get; } =
        Where(places => places.Length > 0 && places.All(p => ArticlePlaces.Parse(p).OnlyInComments));

    private static TheoryData<string, string[]> Where(Func<string[], bool> keep)
    {
        var data = new TheoryData<string, string[]>();
        foreach (var row in All)
        {
            var (phrase, places) = ((string)row[0], (string[])row[1]);
            if (keep(places))
            {
                data.Add(phrase, places);
            }
        }
        return data;
    }
}
