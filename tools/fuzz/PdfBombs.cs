using System.IO.Compression;
using System.Text;

namespace Analytics.Fuzz;

/// <summary>
/// The PDFs of the hardening probe (issue 14), small on disk yet costing PdfPig gigabytes or minutes before it was held
/// to a budget: a stream inflating without end, a page of millions of glyphs, a thousand pages drawing one content
/// stream, a small form drawn thousands of times, a form drawing itself, a font file that inflates without end.
/// bench/attacks/make.py writes the same shapes at full size for the measurements. Helvetica (not embedded) is /F1.
/// </summary>
public static class PdfBombs
{
    /// <summary>One page whose content stream inflates to <paramref name="mb"/> MB of spaces (make.py: 1,024).</summary>
    public static byte[] Inflating(int mb = 40) => Pdf([4], new() { [4] = Flate(Text("(Ke hoach) Tj\n").Concat(Repeat(new string(' ', 1 << 20), mb))) });

    /// <summary>One page showing <paramref name="lines"/> lines of 1,000 glyphs (make.py: 20,000, i.e. 20 million glyphs).</summary>
    public static byte[] Glyphs(int lines, int perLine = 1000) => Pdf([4], new() { [4] = Flate(Text(Repeat($"({new string('a', perLine)}) '\n", lines))) });

    /// <summary><paramref name="pages"/> pages drawing one content stream of <paramref name="lines"/> lines of text.</summary>
    public static byte[] Shared(int pages = 1000, int lines = 8000) =>
        Pdf(Enumerable.Repeat(4, pages).ToList(), new() { [4] = Flate(Text(Enumerable.Range(0, lines).Select(i => $"(Chi so hai long {i % 100},{i % 10} xep hang {i % 63} tang {i % 7} bac) '\n"))) });

    /// <summary><paramref name="pages"/> pages drawing one stream of <paramref name="kb"/> KB of comments (cheap to parse).</summary>
    public static byte[] SharedComments(int pages, int kb) => Pdf(Enumerable.Repeat(4, pages).ToList(), new() { [4] = Flate(Repeat("%" + new string('c', 1022) + "\n", kb)) });

    /// <summary><paramref name="pages"/> pages drawing one stream of <paramref name="lines"/> line segments (about 21 bytes each).</summary>
    public static byte[] Paths(int pages, int lines) => Pdf(Enumerable.Repeat(4, pages).ToList(), new()
    {
        [4] = Flate(Enumerable.Range(0, lines).Select(i => $"{i % 500} {i % 700} m {i % 300} {i % 800} l S\n")),
    });

    /// <summary>One page drawing a form of 1,000 glyphs <paramref name="draws"/> times (make.py: 20,000).</summary>
    public static byte[] Forms(int draws = 20_000) => Pdf([4], new()
    {
        [4] = Flate(Repeat("/X0 Do\n", draws)),
        [5] = Flate(Text(Repeat($"({new string('b', 100)}) '\n", 10)), "/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "),
    }, "/XObject << /X0 5 0 R >> ");

    /// <summary>Three pages: a line of text, <paramref name="lines"/> lines of 1,000 glyphs (past a page's budget), the line again.</summary>
    public static byte[] OneHeavyPage(int lines = 60) => Pdf([5, 4, 5], new()
    {
        [4] = Flate(Text(Repeat($"({new string('a', 1000)}) '\n", lines))),
        [5] = Flate(Text("(Ke hoach cai cach hanh chinh nam 2024 cua tinh) Tj\n")),
    });

    /// <summary>One page drawing a form that draws itself.</summary>
    public static byte[] SelfDrawingForm() => Pdf([4], new()
    {
        [4] = Flate(["/X0 Do\n"]),
        [5] = Flate(["/X0 Do\n"], "/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /XObject << /X0 5 0 R >> >> "),
    }, "/XObject << /X0 5 0 R >> ");

    /// <summary>A page whose font's file (labelled a picture, so only the page's fonts lead to it) inflates to <paramref name="mb"/> MB.</summary>
    public static byte[] FontFile(int mb = 40) => Pdf([4], new()
    {
        [4] = Flate(Text("(Ke hoach) Tj\n")),
        [5] = Encoding.Latin1.GetBytes("<< /Type /Font /Subtype /TrueType /BaseFont /Bomb /FontDescriptor 6 0 R >>"),
        [6] = Encoding.Latin1.GetBytes("<< /Type /FontDescriptor /FontName /Bomb /Flags 32 /FontFile2 7 0 R >>"),
        [7] = Flate(Repeat(new string('\0', 1 << 20), mb), "/Subtype /Image "),
    }, font: "5 0 R");

    /// <summary>One page whose content is a Flate bomb written as hexadecimal text ([/ASCIIHexDecode /FlateDecode]).</summary>
    public static byte[] HexInflating(int mb = 40)
    {
        var flate = Deflate(Text("(Ke hoach) Tj\n").Concat(Repeat(new string(' ', 1 << 20), mb)));
        var hex = Convert.ToHexString(flate) + ">";
        return Pdf([4], new() { [4] = Encoding.Latin1.GetBytes($"<< /Length {hex.Length} /Filter [/ASCIIHexDecode /FlateDecode] >>\nstream\n{hex}\nendstream") });
    }

    // A PDF of pages (each its content stream's object number) and objects; 1 catalog, 2 pages, 3 Helvetica.
    private static byte[] Pdf(List<int> pages, Dictionary<int, byte[]> objects, string xobjects = "", string font = "3 0 R")
    {
        var first = objects.Keys.Append(4).Max() + 1;
        var objs = new SortedDictionary<int, byte[]>(objects)
        {
            [1] = "<< /Type /Catalog /Pages 2 0 R >>"u8.ToArray(),
            [3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"u8.ToArray(),
            [2] = Encoding.Latin1.GetBytes($"<< /Type /Pages /Count {pages.Count} /MediaBox [0 0 595 842] /Resources << /Font << /F1 {font} >> {xobjects}>> /Kids [{string.Join(' ', pages.Select((_, i) => $"{first + i} 0 R"))}] >>"),
        };
        for (var i = 0; i < pages.Count; i++) objs[first + i] = Encoding.Latin1.GetBytes($"<< /Type /Page /Parent 2 0 R /Contents {pages[i]} 0 R >>");
        var pdf = new MemoryStream();
        pdf.Write("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"u8);
        var offsets = new Dictionary<int, long>();
        foreach (var (n, body) in objs)
        {
            offsets[n] = pdf.Position;
            pdf.Write(Encoding.Latin1.GetBytes($"{n} 0 obj\n"));
            pdf.Write(body);
            pdf.Write("\nendobj\n"u8);
        }
        var (xref, size) = (pdf.Position, objs.Keys.Max() + 1);
        var table = new StringBuilder($"xref\n0 {size}\n0000000000 65535 f \n");
        for (var n = 1; n < size; n++) table.Append(offsets.TryGetValue(n, out var o) ? $"{o:D10} 00000 n \n" : "0000000000 65535 f \n");
        table.Append($"trailer\n<< /Size {size} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        pdf.Write(Encoding.Latin1.GetBytes(table.ToString()));
        return pdf.ToArray();
    }

    private static byte[] Flate(IEnumerable<string> chunks, string extra = "")
    {
        var data = Deflate(chunks);
        return [.. Encoding.Latin1.GetBytes($"<< /Length {data.Length} /Filter /FlateDecode {extra}>>\nstream\n"), .. data, .. "\nendstream"u8];
    }

    private static byte[] Deflate(IEnumerable<string> chunks)
    {
        var buffer = new MemoryStream();
        using (var z = new ZLibStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
            foreach (var chunk in chunks) z.Write(Encoding.Latin1.GetBytes(chunk));
        return buffer.ToArray();
    }

    private static IEnumerable<string> Text(IEnumerable<string> lines) => ["BT /F1 10 Tf 40 800 Td 12 TL\n", .. lines, "ET\n"];

    private static IEnumerable<string> Text(string line) => Text([line]);

    private static IEnumerable<string> Repeat(string s, int times) => Enumerable.Repeat(s, times);
}
