namespace Search.Core.Tests.Trends;

/// <summary>A text counted as one unit, and the day it is counted under.</summary>
/// <param name="Day">The day, or null when undated.</param>
/// <param name="Paragraphs">Its paragraphs, analysed.</param>
internal sealed record DatedText(DateOnly? Day, IReadOnlyList<AnalyzedParagraph> Paragraphs);
