namespace Search.Core.Analysis;

/// <summary>One token on a <see cref="TokenTape"/>.</summary>
/// <param name="CharStart">Where its characters start in the tape's store.</param>
/// <param name="Length">How many characters it has.</param>
/// <param name="StartOffset">Its first character in the original text.</param>
/// <param name="EndOffset">One past its last character in the original text.</param>
/// <param name="Increment">Its position increment.</param>
/// <param name="Type">The tokenizer's type for it.</param>
internal readonly record struct TapedToken(int CharStart, int Length, int StartOffset, int EndOffset, int Increment, string Type);
