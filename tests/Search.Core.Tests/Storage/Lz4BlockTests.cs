using System.Text;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Search.Core.Storage;

namespace Search.Core.Tests.Storage;

/// <summary>
/// Given bytes compressed as Lucene compresses stored fields, the decoder gives back the bytes Lucene's own decoder
/// gives, reads exactly as many compressed bytes, and stops as early; damaged data is an error, never bytes from
/// elsewhere.
/// </summary>
public class Lz4BlockTests
{
    public static TheoryData<string> Inputs => ["text", "random", "runs", "short repeats", "mixed", "tiny"];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_whole_block_decodes_to_what_was_compressed(string kind)
    {
        var original = Input(kind);
        var compressed = Compress(original);
        var output = new byte[original.Length + Lz4Block.Slack];

        var produced = Lz4Block.Decode(compressed, output, original.Length, original.Length, out var consumed);

        Assert.Equal(original.Length, produced);
        Assert.Equal(compressed.Length, consumed);
        Assert.Equal(original, output[..original.Length]);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Decoding_up_to_a_document_stops_where_Lucene_stops(string kind)
    {
        var original = Input(kind);
        var compressed = Compress(original);
        foreach (var wanted in new[] { 1, 17, original.Length / 3, original.Length / 2 + 5, original.Length - 1 }.Where(w => w > 0 && w <= original.Length))
        {
            var lucene = new ByteArrayDataInput(compressed);
            var expected = new BytesRef(new byte[original.Length + 7]);
            CompressionMode.FAST.NewDecompressor().Decompress(lucene, original.Length, 0, wanted, expected);
            var output = new byte[original.Length + Lz4Block.Slack];

            var produced = Lz4Block.Decode(compressed, output, original.Length, wanted, out var consumed);

            Assert.True(produced >= wanted);
            Assert.Equal(lucene.Position, consumed);
            Assert.Equal(original[..wanted], output[..wanted]);
        }
    }

    [Fact]
    public void Compressed_data_cut_short_is_the_end_of_the_stream()
    {
        var original = Input("text");
        var compressed = Compress(original);
        var output = new byte[original.Length + Lz4Block.Slack];

        Assert.Throws<EndOfStreamException>(() => Lz4Block.Decode(compressed.AsSpan(0, compressed.Length / 2), output, original.Length, original.Length, out _));
    }

    [Fact]
    public void A_match_from_before_the_start_is_damage()
    {
        // Four literals, then a match 200 bytes back: there are only four.
        byte[] compressed = [0x40, (byte)'a', (byte)'b', (byte)'c', (byte)'d', 200, 0, 0x00];
        var output = new byte[64 + Lz4Block.Slack];

        Assert.Throws<CorruptIndexException>(() => Lz4Block.Decode(compressed, output, 64, 64, out _));
    }

    [Fact]
    public void Output_longer_than_the_block_says_is_damage()
    {
        var original = Input("runs");
        var compressed = Compress(original);
        var output = new byte[original.Length + Lz4Block.Slack];

        Assert.Throws<CorruptIndexException>(() => Lz4Block.Decode(compressed, output, original.Length - 10, original.Length, out _));
    }

    private static byte[] Input(string kind)
    {
        var random = new Random(kind.Length);
        var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 400).Select(i =>
            $"Comment {i} says the multipolar world is {(i % 7 == 0 ? "here" : "coming")}; reply {i % 13}. ")));
        var noise = new byte[20_000];
        random.NextBytes(noise);
        return kind switch
        {
            "text" => text,
            "random" => noise,
            // Long runs of one byte and of a short pattern: matches that overlap what they produce.
            "runs" => [.. Enumerable.Repeat((byte)' ', 5_000), .. Enumerable.Range(0, 3_000).Select(i => (byte)"abc"[i % 3]), .. text[..500]],
            // Short patterns repeated a little, between noise: short matches that overlap what they produce.
            "short repeats" => [.. Enumerable.Range(0, 600).SelectMany(i =>
                noise.Skip(i * 6).Take(6).Concat(Enumerable.Range(0, 8 + i % 12).Select(k => (byte)('a' + k % (1 + i % 7)))))],
            "mixed" => [.. text[..3_000], .. noise[..700], .. text, .. noise[..20], .. text[..40]],
            _ => Encoding.UTF8.GetBytes("short one"),
        };
    }

    private static byte[] Compress(byte[] original)
    {
        var buffer = new byte[original.Length * 2 + 64];
        var output = new ByteArrayDataOutput(buffer);
        CompressionMode.FAST.NewCompressor().Compress(original, 0, original.Length, output);
        return buffer[..output.Position];
    }
}
