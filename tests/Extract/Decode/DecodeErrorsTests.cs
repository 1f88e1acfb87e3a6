using System.Text;
using Analytics.Pipeline.Extract;
using Analytics.Pipeline.Extract.Decode;

namespace Analytics.Tests.Extract.Decode;

/// <summary>A file that is not what its name says, or is damaged, is refused whole with one message naming it; never an exception.</summary>
public class DecodeErrorsTests
{
    private static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(RepoPaths.Fixtures("corpus"), "pdf", name));

    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static TheoryData<string, Func<byte[]>, string> Cases => new()
    {
        { "ke-hoach.pdf", () => Encoding.UTF8.GetBytes("Kế hoạch năm 2025"), "not a PDF file: ke-hoach.pdf does not start with \"%PDF-\"" },
        { "hong.pdf", () => Encoding.ASCII.GetBytes("%PDF-1.4\nthis is not a pdf at all\n"),
            "damaged PDF: hong.pdf cannot be read (Could not find any xref tables or streams in this document and could not resolve brute force positions.)" },
        { "cut.pdf", () => Fixture("002_cafea9ff515821b6.pdf")[..2000],
            "damaged PDF: cut.pdf cannot be read (Could not find an xref trailer or stream dictionary in the input file.)" },
        { "rong.pdf", () => [], "empty file" },
        { "lon.pdf", () => [.. "%PDF-1.4\n"u8, .. new byte[50 * 1024 * 1024]],
            "too large to read: lon.pdf is 50.0 MB, more than the 50 MB allowed for its type" },
        { "cu.doc", () => Fixture("002_cafea9ff515821b6.pdf"),
            "not a Word 97–2003 .doc file: cu.doc does not start with the OLE signature D0 CF 11 E0" },
        { "cu.doc", () => [.. Ole, .. new byte[600]], "unreadable .doc: cu.doc cannot be read (cu.doc is not a Word Document.)" },
        { "trang.html", () => Encoding.UTF8.GetBytes("Sở Công Thương đạt 88,4%"), "not a web page: trang.html has no HTML tag in its first 4 KB" },
        { "trang.html", () => [.. "<html><p>N"u8, 0xE3, 0x6D], "unreadable web page: trang.html is not readable text (" + ReaderMessages.NotUtf8 + ")" },
        { "quet.png", () => [0xFF, 0xD8, 0xFF, 0xE0, 0, 0], "not a PNG picture: quet.png does not start with the PNG signature" },
        { "quet.jpg", () => [.. Png, 0], "not a JPEG picture: quet.jpg does not start with the JPEG signature" },
        { "quet.tif", () => [.. Png, 0], "not a TIFF picture: quet.tif does not start with the TIFF signature" },
        { "quet.png", () => [.. Png, 0, 0, 0, 0, 0, 0, 0, 0], "damaged picture: quet.png cannot be read (libpng error: [00][00][00][00]: invalid chunk type)" },
        // Tesseract reads a picture it cannot decode as a list of files to read: one naming a file is refused first.
        { "quet.png", () => [.. Png, .. Encoding.UTF8.GetBytes("\n" + Path.Combine(RepoPaths.Fixtures("corpus"), "pdf", "b01-thanhhoa-par-sobannganh-2023-page.png") + "\n")],
            "damaged picture: quet.png cannot be read (it holds the path of a file, which the OCR program would read instead)" },
    };

    [Theory, MemberData(nameof(Cases))]
    public void Read_WrongOrDamagedFile_RefusedWithItsMessage(string name, Func<byte[]> bytes, string message)
    {
        var x = DocumentReader.Read(name, bytes());
        Assert.True(x.Failed);
        Assert.Equal(message, Assert.Single(x.Findings).Message);
        Assert.Empty(x.Observations);
    }
}
