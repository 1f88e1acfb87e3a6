using System.IO.Compression;
using System.Runtime.InteropServices;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Analytics.Pipeline.Extract.Decode;

/// <summary>
/// A PDF stream decoded through its filters on a byte budget: never more than <c>max</c> bytes come out, whatever the
/// compression ratio (a stream inflating past it gives null), and with <c>keep: false</c> the last filter's output is
/// only counted. Flate, LZW and run-length are decoded here (<see cref="PdfLzw"/>), the ASCII filters (which shrink) by
/// PdfPig; picture filters (DCT, JPX, JBIG2, CCITT) are left as they are, since reading text never decodes a picture.
/// Predictors are not undone: the size is what matters.
/// </summary>
internal static class PdfInflate
{
    public static long? Length(ReadOnlyMemory<byte> data, IReadOnlyList<string> filters, int max) =>
        Run(data, filters, max, keep: false) is { } sink ? sink.Length : null;

    public static byte[]? Decode(ReadOnlyMemory<byte> data, IReadOnlyList<string> filters, int max) =>
        Run(data, filters, max, keep: true)?.Bytes.ToArray();

    /// <summary>The filter names of a stream's dictionary (a name or an array of names), PdfPig's abbreviations included.</summary>
    public static IReadOnlyList<string> Filters(DictionaryToken dict, Func<IToken?, IToken?> resolve) =>
        resolve(dict.Data.GetValueOrDefault("Filter")) switch
        {
            NameToken name => [name.Data],
            ArrayToken array => array.Data.Select(resolve).OfType<NameToken>().Select(n => n.Data).ToList(),
            _ => [],
        };

    private static Sink? Run(ReadOnlyMemory<byte> data, IReadOnlyList<string> filters, int max, bool keep)
    {
        for (var i = 0; i < filters.Count; i++)
        {
            var sink = new Sink(max, keep || i < filters.Count - 1);
            switch (filters[i])
            {
                case "FlateDecode" or "Fl": Inflate(data, sink); break;
                case "ASCIIHexDecode" or "AHx": sink.Add(PdfPig(new AsciiHexDecodeFilter(), data).Span); break;
                case "ASCII85Decode" or "A85": sink.Add(PdfPig(new Ascii85Filter(), data).Span); break;
                case "LZWDecode" or "LZW": PdfLzw.Decode(data.Span, sink.Add, () => sink.Over); break;
                case "RunLengthDecode" or "RL": PdfLzw.RunLength(data.Span, sink.Add, () => sink.Over); break;
                default: return Whole(data, max, keep); // a picture or unknown filter: not decoded to read text
            }
            if (sink.Over) return null;
            if (i == filters.Count - 1) return sink;
            data = sink.Bytes;
        }
        return Whole(data, max, keep);
    }

    private static Sink? Whole(ReadOnlyMemory<byte> data, int max, bool keep)
    {
        var sink = new Sink(max, keep);
        sink.Add(data.Span);
        return sink.Over ? null : sink;
    }

    // As PdfPig does: the two bytes of a zlib header skipped, raw deflate after; a damaged stream ends where it breaks.
    private static void Inflate(ReadOnlyMemory<byte> data, Sink sink)
    {
        var span = data.Span;
        var skip = span.Length > 2 && (span[0] & 0x0F) == 8 && ((span[0] << 8) | span[1]) % 31 == 0 ? 2 : 0;
        using var inflate = new DeflateStream(AsStream(data[skip..]), CompressionMode.Decompress);
        var buffer = new byte[81920];
        try
        {
            int n;
            while (!sink.Over && (n = inflate.Read(buffer)) > 0) sink.Add(buffer.AsSpan(0, n));
        }
        catch (InvalidDataException) { } // damaged: what came out before is what PdfPig gets at most
    }

    private static ReadOnlyMemory<byte> PdfPig(IFilter filter, ReadOnlyMemory<byte> data)
    {
        try { return filter.Decode(data.ToArray(), DictionaryToken.Empty, DefaultFilterProvider.Instance, 0); }
        catch (Exception e) when (e is not OutOfMemoryException) { return ReadOnlyMemory<byte>.Empty; }
    }

    private static Stream AsStream(ReadOnlyMemory<byte> data) => MemoryMarshal.TryGetArray(data, out var a)
        ? new MemoryStream(a.Array!, a.Offset, a.Count, writable: false)
        : new MemoryStream(data.ToArray(), writable: false);

    /// <summary>Where a filter writes: counts every byte, keeps them (up to the budget) only when asked.</summary>
    private sealed class Sink(int max, bool keep)
    {
        private byte[] bytes = [];

        public long Length { get; private set; }

        public bool Over => Length > max;

        public ReadOnlyMemory<byte> Bytes => bytes.AsMemory(0, (int)Length);

        public void Add(ReadOnlySpan<byte> data)
        {
            if (keep && Length + data.Length <= max)
            {
                if (Length + data.Length > bytes.Length)
                    Array.Resize(ref bytes, (int)Math.Min(max, Math.Max(Length + data.Length, Math.Max(4096, 2L * bytes.Length))));
                data.CopyTo(bytes.AsSpan((int)Length));
            }
            Length += data.Length;
        }
    }
}
