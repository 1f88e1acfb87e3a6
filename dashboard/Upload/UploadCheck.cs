using System.IO.Compression;
using System.Text;
using Analytics.Pipeline.Extract.Decode;

namespace Analytics.Dashboard.Upload;

/// <summary>
/// Checks an uploaded file by its content, not only its name: .docx/.xlsx must be ZIP packages with the right parts
/// and a sane size when unpacked; .txt/.md/.csv must be valid UTF-8 text (or UTF-16 with its BOM, as the pipeline reads); .pdf, pictures, .doc and .html must start as
/// their kind does (<see cref="Magic"/>: %PDF-, PNG, JPEG, TIFF, OLE, an HTML tag; a web page is also UTF-8 text).
/// Returns the reason to refuse, or null.
/// </summary>
public static class UploadCheck
{
    public static readonly IReadOnlyList<string> Extensions =
        [".docx", ".xlsx", ".txt", ".md", ".csv", ".pdf", ".doc", ".html", ".htm", ".png", ".jpg", ".jpeg", ".tif", ".tiff"];
    public const int MaxZipEntries = 5000;
    public const long MaxUnpackedBytes = 200L * 1024 * 1024;

    public static string? Problem(string fileName, Stream content, long maxBytes, long maxUnpacked = MaxUnpackedBytes)
    {
        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        if (!Extensions.Contains(ext)) return UploadMessages.WrongType(ext);
        if (content.Length == 0) return UploadMessages.Empty;
        if (content.Length > maxBytes) return UploadMessages.TooLarge(maxBytes);
        content.Position = 0;
        var problem = ext switch
        {
            ".docx" => PackageProblem(content, "word/document.xml", "Word (.docx)", maxUnpacked),
            ".xlsx" => PackageProblem(content, "xl/workbook.xml", "Excel (.xlsx)", maxUnpacked),
            ".html" or ".htm" => SignatureProblem(content, ext) ?? Rewound(content, TextProblem),
            _ when Magic.IsDecoded(ext) => SignatureProblem(content, ext),
            _ => TextProblem(content),
        };
        content.Position = 0;
        return problem;
    }

    private static string? PackageProblem(Stream content, string mainPart, string kind, long maxUnpacked)
    {
        Span<byte> magic = stackalloc byte[4];
        if (content.ReadAtLeast(magic, 4, throwOnEndOfStream: false) < 4 || !magic.SequenceEqual("PK\u0003\u0004"u8))
            return UploadMessages.NotAPackage(kind);
        content.Position = 0;
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxZipEntries) return UploadMessages.TooManyParts(zip.Entries.Count);
            if (zip.Entries.Sum(e => e.Length) > maxUnpacked) return UploadMessages.UnpacksTooLarge(maxUnpacked);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            if (!names.Contains("[Content_Types].xml") || !names.Contains(mainPart))
                return UploadMessages.MissingPart(kind, mainPart);
            return null;
        }
        catch (InvalidDataException)
        {
            return UploadMessages.BrokenPackage(kind);
        }
    }

    private static string? SignatureProblem(Stream content, string ext)
    {
        var head = new byte[Math.Min(content.Length, Magic.HeadBytes)];
        content.ReadExactly(head);
        return Magic.Matches(ext, head) ? null : UploadMessages.NotOfKind(Magic.Kinds[ext]);
    }

    private static string? Rewound(Stream content, Func<Stream, string?> check)
    {
        content.Position = 0;
        return check(content);
    }

    // UTF-8 (BOM or not) or UTF-16 with a BOM, no NUL: what the pipeline's TextDecoder reads.
    private static string? TextProblem(Stream content)
    {
        var bytes = new byte[content.Length];
        content.ReadExactly(bytes);
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF)) return Utf16Problem(bytes);
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0) return UploadMessages.Binary(nul);
        try
        {
            _ = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetCharCount(bytes);
            return null;
        }
        catch (DecoderFallbackException e)
        {
            return UploadMessages.NotUtf8(e.Index);
        }
    }

    private static string? Utf16Problem(byte[] bytes)
    {
        if (bytes.Length % 2 != 0) return UploadMessages.NotUtf16;
        var encoding = new UnicodeEncoding(bigEndian: bytes[0] == 0xFE, byteOrderMark: false, throwOnInvalidBytes: true);
        try
        {
            var nul = encoding.GetString(bytes, 2, bytes.Length - 2).IndexOf('\0');
            return nul >= 0 ? UploadMessages.Binary(2 + 2L * nul) : null;
        }
        catch (DecoderFallbackException) { return UploadMessages.NotUtf16; }
    }
}
