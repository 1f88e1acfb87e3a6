using System.Text.RegularExpressions;

namespace Analytics.Pipeline.Extract.Decode;

/// <summary>
/// The content check of each decoded type, from its first bytes: %PDF- (within the first 1 KB, as readers allow),
/// PNG, JPEG, TIFF (either byte order), the OLE compound file of Word 97–2003, and for HTML text (UTF-8, or UTF-16
/// after its BOM) holding a tag.
/// </summary>
public static partial class Magic
{
    /// <summary>The extensions the decoders take, each with the name of its kind (for messages).</summary>
    public static readonly IReadOnlyDictionary<string, string> Kinds = new Dictionary<string, string>
    {
        [".pdf"] = "PDF", [".png"] = "PNG", [".jpg"] = "JPEG", [".jpeg"] = "JPEG", [".tif"] = "TIFF", [".tiff"] = "TIFF",
        [".doc"] = "Word 97–2003 (.doc)", [".html"] = "HTML", [".htm"] = "HTML",
    };

    /// <summary>How many first bytes <see cref="Matches"/> needs to see.</summary>
    public const int HeadBytes = 4096;

    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] TiffLe = [(byte)'I', (byte)'I', 42, 0], TiffBe = [(byte)'M', (byte)'M', 0, 42];
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static bool IsDecoded(string ext) => Kinds.ContainsKey(ext);

    public static bool IsPicture(string ext) => ext is ".png" or ".jpg" or ".jpeg" or ".tif" or ".tiff";

    /// <summary>Whether <paramref name="head"/> (the file's first bytes, up to <see cref="HeadBytes"/>) is of the kind its extension says.</summary>
    public static bool Matches(string ext, ReadOnlySpan<byte> head) => ext switch
    {
        ".pdf" => head[..Math.Min(head.Length, 1024)].IndexOf("%PDF-"u8) >= 0,
        ".png" => head.StartsWith(Png),
        ".jpg" or ".jpeg" => head.StartsWith(Jpeg),
        ".tif" or ".tiff" => head.StartsWith(TiffLe) || head.StartsWith(TiffBe),
        ".doc" => head.StartsWith(Ole),
        ".html" or ".htm" => Tag().IsMatch(HeadText(head)),
        _ => false,
    };

    /// <summary>The first bytes as text: UTF-16 after its BOM, else UTF-8 (no text has NUL bytes then).</summary>
    private static string HeadText(ReadOnlySpan<byte> head) => head switch
    {
        [0xFF, 0xFE, ..] => System.Text.Encoding.Unicode.GetString(head[2..]),
        [0xFE, 0xFF, ..] => System.Text.Encoding.BigEndianUnicode.GetString(head[2..]),
        _ when head.IndexOf((byte)0) >= 0 => "",
        _ => System.Text.Encoding.UTF8.GetString(head),
    };

    [GeneratedRegex(@"<(!doctype|html|head|body|div|p|table|meta|title)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();
}
