namespace Analytics.Pipeline.Extract.Decode;

/// <summary>A saved web page (.html, .htm): strictly decoded text (UTF-8, or UTF-16 with a BOM), its main text as lines.</summary>
internal static class HtmlPage
{
    /// <summary>The largest page read: saved pages carry scripts and styles, so more than a text file, still bounded.</summary>
    public const int MaxBytes = 10 * 1024 * 1024;

    /// <summary>
    /// The most tags read: a saved news or government page has a few thousand. The readers keep each tag found, and a
    /// 10 MB page of 3.5 million "&lt;b&gt;" took the ingest past 1 GB (issue 14); 100,000 stay within tens of MB.
    /// </summary>
    public const int MaxTags = 100_000;

    public static Decoded Read(string file, byte[] bytes)
    {
        if (bytes.Length > MaxBytes) return Decoded.Fail(DecodeMessages.TooLarge(file, bytes.Length, MaxBytes));
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Error is { } error) return Decoded.Fail(DecodeMessages.HtmlNotText(file, error.Message));
        var html = string.Join('\n', decoded.Lines);
        if (HtmlTags.CountUpTo(html, MaxTags + 1) > MaxTags) return Decoded.Fail(DecodeMessages.HtmlTooManyTags(file, MaxTags));
        return Decoded.Plain(HtmlLines.Of(HtmlMain.Of(html)));
    }
}
