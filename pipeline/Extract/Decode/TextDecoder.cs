using System.Text;

namespace Analytics.Pipeline.Extract.Decode;

/// <summary>Decodes a text file strictly: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is reported with its line.</summary>
public static class TextDecoder
{
    public sealed record DecodeError(int Line, string Message);
    public sealed record Decoded(IReadOnlyList<string> Lines, DecodeError? Error);

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static Decoded Decode(byte[] bytes)
    {
        string text;
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
            text = (bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(bytes, 2, bytes.Length - 2);
        else
        {
            var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            try { text = StrictUtf8.GetString(bytes, start, bytes.Length - start); }
            catch (DecoderFallbackException e)
            {
                var at = Math.Clamp(e.Index < 0 ? 0 : e.Index, 0, bytes.Length - start);
                return Fail(LineAt(bytes, start, at), ReaderMessages.NotUtf8);
            }
        }
        var nul = text.IndexOf('\0');
        if (nul >= 0) return Fail(text.AsSpan(0, nul).Count('\n') + 1, ReaderMessages.Binary);
        return new Decoded(text.ReplaceLineEndings("\n").Split('\n'), null);
    }

    private static int LineAt(byte[] bytes, int start, int offset) =>
        1 + bytes.AsSpan(start, Math.Min(offset, bytes.Length - start)).Count((byte)'\n');

    private static Decoded Fail(int line, string message) => new([], new DecodeError(line, message));
}
