using System.IO.Compression;
using System.Text;

namespace Analytics.Fuzz;

/// <summary>
/// The Office files of the hardening probe (issue 14), each within the upload limits (10 MB a file, 200 MB unpacked,
/// 200:1 a part) yet costing gigabytes to a reader that builds trees or expands merges: a merge over a whole sheet, a
/// .docx whose document.xml is ~150 MB, a million cells, millions of shared strings. bench/attacks/make.py writes the
/// same shapes for the measurements.
/// </summary>
public static class OfficeBombs
{
    private const string Sheet = "xl/worksheets/sheet1.xml", Strings = "xl/sharedStrings.xml", Ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>1.6 KB: the results workbook with one merge A1:XFD1048576 and a cell in the sheet's last row.</summary>
    public static byte[] WholeSheetMerge() => WithPart(OfficeSamples.Xlsx(), Sheet, _ => Encoding.UTF8.GetBytes(
        $"<worksheet xmlns=\"{Ns}\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Đơn vị</t></is></c></row>"
        + "<row r=\"1048576\"><c r=\"A1048576\"><v>1</v></c></row></sheetData>"
        + "<mergeCells count=\"1\"><mergeCell ref=\"A1:XFD1048576\"/></mergeCells></worksheet>"));

    /// <summary>A .docx whose document.xml is <paramref name="xmlBytes"/> of paragraphs drawn from 150 (about 17:1).</summary>
    public static byte[] WideDocx(long xmlBytes, int seed = 14)
    {
        var r = new Random(seed);
        string[] words = ["Sở", "Công", "Thương", "đạt", "tiêu", "chí", "năm", "xếp", "hạng", "tăng", "giảm"];
        var pool = Enumerable.Range(0, 150).Select(_ => Encoding.UTF8.GetBytes("<w:p><w:r><w:t>"
            + string.Join(' ', Enumerable.Range(0, 12).Select(_ => words[r.Next(words.Length)] + r.Next(100))) + "</w:t></w:r></w:p>")).ToArray();
        return Streamed(OfficeSamples.Docx(["x"]), "word/document.xml",
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"u8.ToArray(),
            () => pool[r.Next(pool.Length)], xmlBytes, "</w:body></w:document>"u8.ToArray());
    }

    /// <summary>A workbook of <paramref name="rows"/> rows of 25 numeric cells (40,000 rows: a million cells, 2.7 MB).</summary>
    public static byte[] ManyCells(int rows = 40_000, int seed = 14)
    {
        var r = new Random(seed);
        var n = 0;
        return Streamed(OfficeSamples.Xlsx(), Sheet, Encoding.UTF8.GetBytes($"<worksheet xmlns=\"{Ns}\"><sheetData>"),
            () => ++n > rows ? [] : Encoding.UTF8.GetBytes($"<row r=\"{n}\">" + string.Concat(Enumerable.Range(0, 25).Select(_ => $"<c><v>{r.Next(10000)}</v></c>")) + "</row>"),
            long.MaxValue, "</sheetData></worksheet>"u8.ToArray());
    }

    /// <summary>A workbook whose shared strings are 4 million short texts (150 MB of XML, under 1 MB packed).</summary>
    public static byte[] ManyStrings(int count = 4_000_000)
    {
        var n = 0;
        return Streamed(OfficeSamples.Xlsx(), Strings, Encoding.UTF8.GetBytes($"<sst xmlns=\"{Ns}\">"),
            () => ++n > count ? [] : Encoding.UTF8.GetBytes($"<si><t>Sở Công Thương {n % 97}</t></si>"), long.MaxValue, "</sst>"u8.ToArray());
    }

    private static byte[] WithPart(byte[] package, string name, Func<byte[], byte[]> change) =>
        ZipParts.Write(ZipParts.Read(package).Select(p => p.Name == name ? (p.Name, change(p.Bytes)) : p));

    // The package with part `name` written from chunks until `size` bytes or an empty chunk, never held whole.
    private static byte[] Streamed(byte[] package, string name, byte[] head, Func<byte[]> chunk, long size, byte[] tail)
    {
        var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (n, bytes) in ZipParts.Read(package).Where(p => p.Name != name))
            {
                using var s = zip.CreateEntry(n, CompressionLevel.Fastest).Open();
                s.Write(bytes);
            }
            using var big = new BufferedStream(zip.CreateEntry(name, CompressionLevel.SmallestSize).Open(), 1 << 20);
            big.Write(head);
            for (long written = 0; written < size;)
            {
                var c = chunk();
                if (c.Length == 0) break;
                big.Write(c);
                written += c.Length;
            }
            big.Write(tail);
        }
        return buffer.ToArray();
    }
}
