using Search.Core.Analysis;
using Search.Core.Copies;

namespace Search.Core.Tests.Copies;

/// <summary>Given signatures in one index order or another, the same groups of copies.</summary>
public sealed class ArticleCopyFinderTests
{
    // Four bodies under one crowded band key (band 0). D is a copy of B (equal in band 0 and in three bytes of every
    // other band: 97 of 128 bins) and of nothing else; A, B and C share only band 0. D meets B under no other key, so
    // it is found only if B is the first or the latest body filed under band 0 when D comes.
    private static readonly Dictionary<string, byte[]> Bodies = new()
    {
        ["A"] = Signature(10, 10),
        ["B"] = Signature(30, 31),
        ["C"] = Signature(20, 20),
        ["D"] = Signature(200, 31),
    };

    [Theory]
    [InlineData("ABCD")]
    [InlineData("DABC")]
    [InlineData("CBAD")]
    [InlineData("BDCA")]
    public void A_copy_filed_under_a_crowded_key_is_found_whatever_the_order_of_the_index(string indexOrder)
    {
        var names = indexOrder.Select(c => c.ToString()).ToArray();
        var signatures = new ArticleSignatures(
            [.. Enumerable.Range(0, names.Length)], [.. names.SelectMany(n => Bodies[n])]);
        var groups = ArticleCopyFinder.Find(signatures, threshold: 0.5)
            .Select(g => string.Join(" ", g.Select(i => names[i]).Order()));
        Assert.Equal(["B D"], groups);
    }

    [Fact]
    public void The_crafted_bodies_are_what_the_test_says()
    {
        Assert.InRange(CopySignature.Similarity(Bodies["B"], Bodies["D"]), 0.75, 0.76);
        Assert.All(["A", "C"], other => Assert.True(CopySignature.Similarity(Bodies[other], Bodies["D"]) < 0.1));
        Assert.True(CopySignature.Similarity(Bodies["A"], Bodies["B"]) < 0.1);
    }

    // Band 0 is the same for every body; in every other band the first byte is `lead` and the other three `rest`,
    // `rest + 1`, `rest + 2`.
    private static byte[] Signature(byte lead, byte rest)
    {
        var bytes = new byte[CopySignature.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = i < CopySignature.BandBytes ? (byte)7 : (i % CopySignature.BandBytes) switch
            {
                0 => lead,
                var k => (byte)(rest + k - 1),
            };
        }
        return bytes;
    }
}
