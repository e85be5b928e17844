using SkiaSharp;

namespace Search.Cli.Output;

/// <summary>
/// The typefaces of a chart's text. DejaVu Sans comes from inside the binary: on a machine with no fonts Skia draws
/// no text at all, silently, and left to itself it takes whatever family it scans first (DejaVu Serif here). A system
/// font is used only for text the embedded one has no glyphs for (Chinese, say), where the machine has such a font.
/// </summary>
internal static class ChartFonts
{
    private const string ResourceName = "Search.Cli.Output.Fonts.DejaVuSans.ttf";

    /// <summary>DejaVu Sans, read once from the binary's resources.</summary>
    public static SKTypeface Embedded { get; } = LoadEmbedded();

    /// <summary>
    /// The embedded font when it has a glyph for every character of <paramref name="text"/>; otherwise the system font
    /// that has one for the first character it lacks, if there is one (with no fonts installed there is none, and the
    /// missing characters draw as boxes).
    /// </summary>
    public static SKTypeface For(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Embedded.ContainsGlyph(rune.Value))
            {
                return SKFontManager.Default.MatchCharacter(rune.Value) ?? Embedded;
            }
        }
        return Embedded;
    }

    private static SKTypeface LoadEmbedded()
    {
        using var stream = typeof(ChartFonts).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the build lost its resource {ResourceName}");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"Skia cannot read the font in {ResourceName}");
    }
}
