using Lucene.Net.Store;
using Search.Core.Storage;

namespace Search.Core.Tests.Storage;

/// <summary>
/// The index directory reads files from memory maps for searching and with positional reads for merging: given a
/// file written through it, every byte and number reads back as written either way, from any position, from clones
/// on several threads at once, and from slices of it; reading past the end fails as Lucene expects (an end-of-stream
/// error), never with bytes from beyond the slice; a mapping read after it was closed is an error, not a crash.
/// </summary>
public sealed class MappedDirectoryTests : IDisposable
{
    private const int Size = 300_000;

    private readonly TempFolder _folder = new();
    private readonly Lucene.Net.Store.Directory _directory;
    private readonly byte[] _bytes = new byte[Size];

    public MappedDirectoryTests()
    {
        new Random(7).NextBytes(_bytes);
        _directory = IndexDirectory.Open(_folder.Path);
        using var output = _directory.CreateOutput("data.bin", IOContext.DEFAULT);
        output.WriteBytes(_bytes, _bytes.Length);
    }

    public static TheoryData<string> Uses => ["search", "merge"];

    public void Dispose()
    {
        _directory.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void Searching_reads_from_a_mapping_and_merging_with_positional_reads()
    {
        Assert.IsType<MappedDirectory>(_directory);
        using var searched = _directory.OpenInput("data.bin", IOContext.READ);
        using var merged = _directory.OpenInput("data.bin", Context("merge"));
        Assert.IsType<MappedIndexInput>(searched);
        Assert.IsType<PositionalReadInput>(merged);
        using var slicer = _directory.CreateSlicer("data.bin", IOContext.READ);
        using var slice = slicer.OpenSlice("_0.fdt", 0, 100);
        Assert.IsType<MappedIndexInput>(slice);
    }

    [Theory]
    [MemberData(nameof(Uses))]
    public void A_file_reads_back_as_written_from_any_position(string use)
    {
        using var input = _directory.OpenInput("data.bin", Context(use));
        Assert.Equal(Size, input.Length);
        var all = new byte[Size];
        input.ReadBytes(all, 0, Size);
        Assert.Equal(_bytes, all);

        foreach (var position in new long[] { 0, 1, 1023, 1024, 1025, 65_537, Size - 1 })
        {
            input.Seek(position);
            Assert.Equal(_bytes[position], input.ReadByte());
        }
    }

    [Theory]
    [MemberData(nameof(Uses))]
    public void Clones_on_several_threads_read_their_own_positions(string use)
    {
        using var input = _directory.OpenInput("data.bin", Context(use));
        Parallel.For(0, 8, thread =>
        {
            var clone = (IndexInput)input.Clone();
            var random = new Random(thread);
            for (var i = 0; i < 2_000; i++)
            {
                var position = random.Next(Size - 100);
                clone.Seek(position);
                var read = new byte[100];
                clone.ReadBytes(read, 0, read.Length);
                Assert.Equal(_bytes.AsSpan(position, 100).ToArray(), read);
            }
        });
    }

    [Theory]
    [MemberData(nameof(Uses))]
    public void A_slice_reads_its_range_and_ends_where_it_ends(string use)
    {
        using var slicer = _directory.CreateSlicer("data.bin", Context(use));
        using var slice = slicer.OpenSlice("middle", 10_000, 5_000);
        Assert.Equal(5_000, slice.Length);
        var read = new byte[5_000];
        slice.ReadBytes(read, 0, read.Length);
        Assert.Equal(_bytes.AsSpan(10_000, 5_000).ToArray(), read);

        Assert.Throws<EndOfStreamException>(() => slice.ReadByte());
        slice.Seek(4_998);
        Assert.Throws<EndOfStreamException>(() => slice.ReadInt32());
    }

    [Theory]
    [MemberData(nameof(Uses))]
    public void A_slice_beyond_the_end_of_a_cut_short_compound_file_is_an_end_of_stream_error(string use)
    {
        using var slicer = _directory.CreateSlicer("data.bin", Context(use));
        Assert.Throws<EndOfStreamException>(() =>
        {
            using var slice = slicer.OpenSlice("_0.fnm", Size - 10, 100);
            slice.ReadBytes(new byte[100], 0, 100);
        });
    }

    [Theory]
    [MemberData(nameof(Uses))]
    public void Reading_past_the_end_of_a_file_is_an_end_of_stream_error(string use)
    {
        using var input = _directory.OpenInput("data.bin", Context(use));
        input.Seek(Size - 10);
        Assert.Throws<EndOfStreamException>(() => input.ReadBytes(new byte[20], 0, 20));
    }

    [Theory]
    [MemberData(nameof(Uses))]
    public void Numbers_read_back_as_written_also_where_the_file_ends(string use)
    {
        // Enough numbers that the last ones end within a few bytes of the end, where a long vInt cannot be read whole.
        int[] ints = [0, 1, 127, 128, 16_383, 16_384, int.MaxValue, -1, int.MinValue];
        long[] longs = [0, 1, 127, 128, long.MaxValue, 1L << 40];
        using (var output = _directory.CreateOutput("numbers.bin", IOContext.DEFAULT))
        {
            foreach (var i in ints)
            {
                output.WriteInt32(i);
                output.WriteVInt32(i);
            }
            foreach (var l in longs)
            {
                output.WriteInt64(l);
                output.WriteVInt64(l);
                output.WriteInt16((short)l);
            }
            output.WriteVInt32(300);
            output.WriteVInt64(300);
        }
        using var input = _directory.OpenInput("numbers.bin", Context(use));
        foreach (var i in ints)
        {
            Assert.Equal(i, input.ReadInt32());
            Assert.Equal(i, input.ReadVInt32());
        }
        foreach (var l in longs)
        {
            Assert.Equal(l, input.ReadInt64());
            Assert.Equal(l, input.ReadVInt64());
            Assert.Equal((short)l, input.ReadInt16());
        }
        Assert.Equal(300, input.ReadVInt32());
        Assert.Equal(300, input.ReadVInt64());
        Assert.Equal(input.Length, input.Position);
        Assert.Throws<EndOfStreamException>(() => input.ReadVInt32());
    }

    [Fact]
    public void An_empty_file_opens_and_has_nothing_to_read()
    {
        using (_directory.CreateOutput("empty.bin", IOContext.DEFAULT))
        {
        }
        using var input = _directory.OpenInput("empty.bin", IOContext.READ);
        Assert.Equal(0, input.Length);
        input.ReadBytes([], 0, 0);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
    }

    [Fact]
    public void A_clone_read_after_its_file_was_closed_is_an_error_not_a_crash()
    {
        var input = _directory.OpenInput("data.bin", IOContext.READ);
        var clone = (IndexInput)input.Clone();
        input.Dispose();
        Assert.Throws<ObjectDisposedException>(() => clone.ReadByte());
        Assert.Throws<ObjectDisposedException>(() => clone.ReadBytes(new byte[10], 0, 10));
    }

    [Fact]
    public void A_missing_file_is_a_file_not_found_error() =>
        Assert.Throws<FileNotFoundException>(() => _directory.OpenInput("missing.bin", IOContext.DEFAULT));

    private static IOContext Context(string use) => use == "merge" ? new IOContext(new MergeInfo(1, Size, false, 1)) : IOContext.DEFAULT;
}
