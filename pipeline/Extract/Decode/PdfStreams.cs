using System.Text;
using System.Text.RegularExpressions;

namespace Analytics.Pipeline.Extract.Decode;

/// <summary>
/// Every stream of a PDF's bytes inflated on a budget before PdfPig opens it (which decodes object and cross-reference
/// streams as it goes, and fonts when a page is read): none may pass <see cref="DecodeLimits.MaxPdfStreamBytes"/>,
/// nor all together <see cref="DecodeLimits.MaxPdfDecodedBytes"/>. Pictures and attached files are left out (reading
/// text never decodes them; a picture's stream used as a font is caught by <see cref="PdfBudget"/>). Found by their <c>stream</c> keyword, each read up to its <c>endstream</c> with the filters its dictionary
/// names; what cannot be inflated (encrypted, damaged) counts as what PdfPig makes of it later, per page.
/// </summary>
internal static partial class PdfStreams
{
    public static string? Check(string file, byte[] bytes)
    {
        long total = 0;
        for (var at = Next(bytes, 0); at >= 0; at = Next(bytes, at + 6))
        {
            var head = Head(bytes, at);
            if (NotReadRe().IsMatch(head)) continue;
            var start = at + 6 + (bytes.AsSpan(at + 6).StartsWith("\r\n"u8) ? 2 : 1);
            var end = bytes.AsSpan(start).IndexOf("endstream"u8);
            var data = bytes.AsMemory(start, end < 0 ? bytes.Length - start : end);
            var filters = FilterRe().Match(head) is { Success: true } m ? NameRe().Matches(m.Groups[1].Value).Select(n => n.Groups[1].Value).ToList() : [];
            var length = PdfInflate.Length(data, filters, DecodeLimits.MaxPdfStreamBytes);
            if (length is null) return DecodeMessages.PdfStreamTooLarge(file, ObjectNumber(head), DecodeLimits.MaxPdfStreamBytes);
            if ((total += length.Value) > DecodeLimits.MaxPdfDecodedBytes) return DecodeMessages.PdfTooMuchDecoded(file, DecodeLimits.MaxPdfDecodedBytes);
        }
        return null;
    }

    // The next "stream" keyword followed by an end of line (not the end of an "endstream").
    private static int Next(byte[] bytes, int from)
    {
        for (var at = from; at < bytes.Length;)
        {
            var i = bytes.AsSpan(at).IndexOf("stream"u8);
            if (i < 0) return -1;
            at += i;
            if (at + 6 < bytes.Length && bytes[at + 6] is (byte)'\r' or (byte)'\n' && (at < 3 || !bytes.AsSpan(at - 3, 3).SequenceEqual("end"u8))) return at;
            at += 6;
        }
        return -1;
    }

    // The object's text before its stream: from its "obj" keyword (at most 4 KB back).
    private static string Head(byte[] bytes, int at)
    {
        var from = Math.Max(0, at - 4096);
        var obj = bytes.AsSpan(from, at - from).LastIndexOf("obj"u8);
        var start = obj < 0 ? from : Math.Max(from, from + obj - 24);
        return Encoding.Latin1.GetString(bytes, start, at - start);
    }

    private static long ObjectNumber(string head) => ObjRe().Match(head) is { Success: true } m && long.TryParse(m.Groups[1].Value, out var n) ? n : 0;

    [GeneratedRegex(@"/Subtype\s*/Image\b|/Type\s*/EmbeddedFile\b")]
    private static partial Regex NotReadRe();

    [GeneratedRegex(@"/Filter\s*(\[[^\]]*\]|/[^\s/\[\]<>()]+)")]
    private static partial Regex FilterRe();

    [GeneratedRegex(@"/([^\s/\[\]<>()]+)")]
    private static partial Regex NameRe();

    [GeneratedRegex(@"(\d+)\s+\d+\s+obj\b")]
    private static partial Regex ObjRe();
}
