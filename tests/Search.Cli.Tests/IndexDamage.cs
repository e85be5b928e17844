namespace Search.Cli.Tests;

/// <summary>Ways an index's files get damaged (a disk error, a copy cut short, a stray edit), applied to a built index.</summary>
internal static class IndexDamage
{
    public const string SegmentsFileTruncated = "segments_N cut to half";
    public const string SegmentsFileHeaderZeroed = "segments_N header zeroed";
    public const string CompoundFileTruncated = ".cfs cut to half";
    public const string SegmentInfoTruncated = ".si cut to half";
    public const string CompoundEntriesDeleted = ".cfe deleted";
    public const string SegmentsFilesDeleted = "segments_N and segments.gen deleted";
    public const string SegmentFileGarbled = ".cfs garbled in the middle";

    public static void Apply(string indexPath, string damage)
    {
        switch (damage)
        {
            case SegmentsFileTruncated:
                Truncate(OneFile(indexPath, "segments_*"));
                break;
            case SegmentsFileHeaderZeroed:
                using (var stream = new FileStream(OneFile(indexPath, "segments_*"), FileMode.Open, FileAccess.Write))
                {
                    stream.Write(new byte[8]);
                }
                break;
            case CompoundFileTruncated:
                Truncate(OneFile(indexPath, "*.cfs"));
                break;
            case SegmentInfoTruncated:
                Truncate(OneFile(indexPath, "*.si"));
                break;
            case CompoundEntriesDeleted:
                File.Delete(OneFile(indexPath, "*.cfe"));
                break;
            case SegmentsFilesDeleted:
                foreach (var file in Directory.GetFiles(indexPath, "segments*"))
                {
                    File.Delete(file);
                }
                break;
            case SegmentFileGarbled:
                using (var stream = new FileStream(OneFile(indexPath, "*.cfs"), FileMode.Open, FileAccess.ReadWrite))
                {
                    stream.Position = stream.Length / 2;
                    stream.Write(Enumerable.Range(0, 64).Select(i => (byte)(i * 37)).ToArray());
                }
                break;
            default:
                throw new ArgumentException("unknown damage: " + damage, nameof(damage));
        }
    }

    // The first in name order, so every run damages the same file.
    private static string OneFile(string indexPath, string pattern) =>
        Directory.GetFiles(indexPath, pattern).Where(f => !f.EndsWith(".gen", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).First();

    private static void Truncate(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write);
        stream.SetLength(stream.Length / 2);
    }
}
