using System.IO.Compression;
using System.Text;
using Analytics.Dashboard.Upload;

namespace Analytics.Tests.Dashboard;

public sealed class UploadCheckTests
{
    private const long TenMb = 10L * 1024 * 1024;

    private static byte[] Package(params string[] parts)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var part in parts)
            {
                using var writer = new StreamWriter(zip.CreateEntry(part).Open());
                writer.Write("<x/>");
            }
        return buffer.ToArray();
    }

    private static readonly byte[] Docx = Package("[Content_Types].xml", "_rels/.rels", "word/document.xml");
    private static readonly byte[] Xlsx = Package("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml");

    private const string Accepted = ".docx, .xlsx, .txt, .md, .csv, .pdf, .doc, .html, .htm, .png, .jpg, .jpeg, .tif, .tiff";

    public static TheoryData<string, byte[], string?> Cases => new()
    {
        { "ke-hoach.docx", Docx, null },
        { "KET-QUA.XLSX", Xlsx, null },
        { "ke-hoach.txt", Encoding.UTF8.GetBytes("Năm 2024 đạt 85,67% (xếp hạng 9/18, giảm 4 bậc)"), null },
        { "ghi-chu.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("## Kế hoạch")], null },
        { "ke-hoach.docx", Encoding.UTF8.GetBytes("Kế hoạch năm 2025"),
            "Nội dung không phải tệp Word (.docx) (không phải gói ZIP), dù tên tệp có đuôi này." },
        { "bang.xlsx", Docx, "Thiếu phần xl/workbook.xml bắt buộc của tệp Excel (.xlsx)." },
        { "ke-hoach.docx", Package("word/document.xml"), "Thiếu phần word/document.xml bắt buộc của tệp Word (.docx)." },
        // Issue 14: the ZIP library's English reason ("End of Central Directory record could not be found") reached the page.
        { "ke-hoach.docx", Docx[..40], "Tệp Word (.docx) bị hỏng: không mở được gói ZIP. Hãy mở và lưu lại tệp rồi tải lên." },
        // "Năm" in Windows-1258: N, 0xE3 (ă), m — not UTF-8.
        { "cp1258.txt", [0x4E, 0xE3, 0x6D], "Tệp văn bản không phải UTF-8 hợp lệ (byte lỗi ở vị trí 1). Hãy lưu lại với mã hóa UTF-8." },
        { "bang.csv", [0x61, 0x2C, 0x00, 0x62], "Tệp văn bản chứa byte NUL ở vị trí 2: có vẻ là tệp nhị phân." },
        { "virus.exe", [0x4D, 0x5A], "Không nhận loại tệp “.exe”: chỉ nhận " + Accepted + "." },
        { "khong-duoi", [0x41], "Không nhận loại tệp “không có đuôi”: chỉ nhận " + Accepted + "." },
        { "ke-hoach.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n"), null },
        { "ke-hoach.pdf", Encoding.UTF8.GetBytes("Kế hoạch năm 2025"), "Nội dung không phải tệp PDF, dù tên tệp có đuôi này." },
        { "scan.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0], null },
        { "scan.png", [0xFF, 0xD8, 0xFF, 0xE0], "Nội dung không phải tệp PNG, dù tên tệp có đuôi này." },
        { "scan.JPG", [0xFF, 0xD8, 0xFF, 0xE0], null },
        { "scan.tif", [0x49, 0x49, 0x2A, 0x00, 8], null },
        { "scan.tiff", [0x4D, 0x4D, 0x00, 0x2A, 8], null },
        { "cu.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0], null },
        { "cu.doc", Docx, "Nội dung không phải tệp Word 97–2003 (.doc), dù tên tệp có đuôi này." },
        { "trang.html", Encoding.UTF8.GetBytes("<!DOCTYPE html><p>Sở Công Thương đạt 88,4%</p>"), null },
        { "trang.htm", Encoding.UTF8.GetBytes("Sở Công Thương đạt 88,4%"), "Nội dung không phải tệp HTML, dù tên tệp có đuôi này." },
        { "trang.html", [.. Encoding.ASCII.GetBytes("<html><p>N"), 0xE3, 0x6D], "Tệp văn bản không phải UTF-8 hợp lệ (byte lỗi ở vị trí 10). Hãy lưu lại với mã hóa UTF-8." },
        { "rong.txt", [], "Tệp rỗng." },
        // Issue 14.6: UTF-16 with its BOM is read by the pipeline, so the pre-check takes it too.
        { "ke-hoach.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Năm 2024 đạt 85,67%")], null },
        { "bang.csv", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("Đơn vị,Chỉ số hài lòng")], null },
        { "trang.html", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("<html><p>Sở Công Thương đạt 88,4%</p></html>")], null },
        { "le.txt", [0xFF, 0xFE, 0x41], "Tệp văn bản có dấu UTF-16 nhưng nội dung không phải UTF-16 hợp lệ. Hãy lưu lại với mã hóa UTF-8." },
        { "nul16.txt", [0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00], "Tệp văn bản chứa byte NUL ở vị trí 4: có vẻ là tệp nhị phân." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Problem_ChecksContentNotJustName(string name, byte[] content, string? expected)
    {
        using var stream = new MemoryStream(content);
        Assert.Equal(expected, UploadCheck.Problem(name, stream, TenMb));
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public void Problem_FileOverLimit_IsRefusedWithTheLimit()
    {
        using var stream = new MemoryStream(new byte[1024 * 1024 + 1]);
        Assert.Equal("Tệp lớn hơn giới hạn 1 MB cho mỗi tệp.", UploadCheck.Problem("a.txt", stream, 1024 * 1024));
    }

    [Fact]
    public void Problem_PackageUnpackingPastLimit_IsRefusedAsZipBomb()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var part in new[] { "[Content_Types].xml", "word/document.xml" }) zip.CreateEntry(part);
            using var big = zip.CreateEntry("word/media/zeros.bin", CompressionLevel.Fastest).Open();
            big.Write(new byte[2 * 1024 * 1024]);
        }
        buffer.Position = 0;
        Assert.Equal("Khi giải nén, tệp lớn hơn 1 MB (nghi tệp nén độc hại).",
            UploadCheck.Problem("bom.docx", buffer, TenMb, maxUnpacked: 1024 * 1024));
    }

    [Fact]
    public void DisplayName_ClientPath_KeepsOnlyAPlainName()
    {
        Assert.Equal("ke-hoach.docx", UploadStore.DisplayName(@"C:\Users\a\..\ke-hoach.docx"));
        Assert.Equal("x.txt", UploadStore.DisplayName("../../etc/x.txt"));
        Assert.Equal("ab.txt", UploadStore.DisplayName("a\u202Eb.txt"));
        Assert.Equal("(không tên)", UploadStore.DisplayName("/"));
    }
}
