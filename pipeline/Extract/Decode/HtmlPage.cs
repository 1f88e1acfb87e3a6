namespace Analytics.Pipeline.Extract.Decode;

/// <summary>A saved web page (.html, .htm): strictly decoded text (UTF-8, or UTF-16 with a BOM), its main text as lines.</summary>
internal static class HtmlPage
{
    /// <summary>The largest page read: saved pages carry scripts and styles, so more than a text file, still bounded.</summary>
    public const int MaxBytes = 10 * 1024 * 1024;

    public static Decoded Read(string file, byte[] bytes)
    {
        if (bytes.Length > MaxBytes) return Decoded.Fail(DecodeMessages.TooLarge(file, bytes.Length, MaxBytes));
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Error is { } error) return Decoded.Fail(DecodeMessages.HtmlNotText(file, error.Message));
        return Decoded.Plain(HtmlLines.Of(HtmlMain.Of(string.Join('\n', decoded.Lines))));
    }
}
