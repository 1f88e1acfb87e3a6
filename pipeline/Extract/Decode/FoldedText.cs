using Analytics.Pipeline.Glossary;

namespace Analytics.Pipeline.Extract.Decode;

/// <summary>
/// A same-length folded copy of NFC text (lower case, diacritics removed, đ → d), so that patterns written
/// without diacritics match every spelling (including OCR damage such as "Chi số") and a match's index is
/// also its index in the original text.
/// </summary>
public static class FoldedText
{
    public static string Of(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++) span[i] = Fold.Char(source[i]);
    });
}
