using Lucene.Net.Store;
using Search.Core.Storage;

namespace Search.Core.Tests.Storage;

/// <summary>
/// The index directory reads files with positional reads: given a file written through it, every byte reads back as
/// written, from any position, from clones on several threads at once, and from slices of it; reading past the end
/// fails as Lucene expects (an end-of-stream error), never with bytes from beyond the slice.
/// </summary>
public sealed class PositionalReadDirectoryTests : IDisposable
{
    private const int Size = 300_000;

    private readonly TempFolder _folder = new();
    private readonly Lucene.Net.Store.Directory _directory;
    private readonly byte[] _bytes = new byte[Size];

    public PositionalReadDirectoryTests()
    {
        new Random(7).NextBytes(_bytes);
        _directory = IndexDirectory.Open(_folder.Path);
        using var output = _directory.CreateOutput("data.bin", IOContext.DEFAULT);
        output.WriteBytes(_bytes, _bytes.Length);
    }

    public void Dispose()
    {
        _directory.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void The_index_folder_is_opened_with_positional_reads() =>
        Assert.IsType<PositionalReadDirectory>(_directory);

    [Fact]
    public void A_file_reads_back_as_written_from_any_position()
    {
        using var input = _directory.OpenInput("data.bin", IOContext.DEFAULT);
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

    [Fact]
    public void Clones_on_several_threads_read_their_own_positions()
    {
        using var input = _directory.OpenInput("data.bin", IOContext.DEFAULT);
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

    [Fact]
    public void A_slice_reads_its_range_and_ends_where_it_ends()
    {
        using var slicer = _directory.CreateSlicer("data.bin", IOContext.DEFAULT);
        using var slice = slicer.OpenSlice("middle", 10_000, 5_000);
        Assert.Equal(5_000, slice.Length);
        var read = new byte[5_000];
        slice.ReadBytes(read, 0, read.Length);
        Assert.Equal(_bytes.AsSpan(10_000, 5_000).ToArray(), read);

        Assert.Throws<EndOfStreamException>(() => slice.ReadByte());
    }

    [Fact]
    public void Reading_past_the_end_of_a_file_is_an_end_of_stream_error()
    {
        using var input = _directory.OpenInput("data.bin", IOContext.DEFAULT);
        input.Seek(Size - 10);
        Assert.Throws<EndOfStreamException>(() => input.ReadBytes(new byte[20], 0, 20));
    }

    [Theory]
    [InlineData("_0_Lucene41_0.pos", 4096)]
    [InlineData("_0_Lucene41_0.doc", 1024)]
    [InlineData("_0_Lucene41_0.tim", 1024)]
    [InlineData("_0.fdt", 1024)]
    public void Positions_are_read_4_KB_at_a_time_and_other_files_as_Lucene_reads_them(string name, int expected)
    {
        // A compound file's slices are named by the file they hold.
        using var slicer = _directory.CreateSlicer("data.bin", IOContext.DEFAULT);
        using var slice = (BufferedIndexInput)slicer.OpenSlice(name, 0, 100);
        Assert.Equal(expected, slice.BufferSize);
    }

    [Fact]
    public void A_missing_file_is_a_file_not_found_error() =>
        Assert.Throws<FileNotFoundException>(() => _directory.OpenInput("missing.bin", IOContext.DEFAULT));
}
