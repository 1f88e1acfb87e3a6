using System.Text;

namespace Analytics.Pipeline.Store;

/// <summary>Strict UTF-8 in and out of DuckDB: invalid text (lone surrogates) is an error, never silently replaced.</summary>
internal static class Utf8Text
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>UTF-8 bytes plus a trailing NUL (so the buffer is never empty); <paramref name="length"/> excludes it.</summary>
    public static byte[] Encode(string text, out int length)
    {
        length = Strict.GetByteCount(text);
        var bytes = new byte[length + 1];
        Strict.GetBytes(text, 0, text.Length, bytes, 0);
        return bytes;
    }

    public static int ByteCount(string text) => Strict.GetByteCount(text);

    public static void Encode(string text, Span<byte> bytes) => Strict.GetBytes(text, bytes);

    public static string Decode(ReadOnlySpan<byte> bytes) => Strict.GetString(bytes);
}
