using System.Text;

namespace Analytics.Fuzz;

/// <summary>Damaged and hostile Office packages: bad XML, missing parts, entity bombs, zip bombs, lying sizes, huge parts.</summary>
internal static class PackageMutations
{
    private const string Sheet = "xl/worksheets/sheet1.xml";
    private const string Strings = "xl/sharedStrings.xml";

    public static string MainPart(string ext) => ext == ".xlsx" ? Sheet : "word/document.xml";

    public static byte[] BadXml(Random r, byte[] package, string ext) => WithPart(package, r.Chance(0.7) ? MainPart(ext) : null, (r2, xml) =>
    {
        var s = Encoding.UTF8.GetString(xml);
        return Encoding.UTF8.GetBytes(r2.Next(5) switch
        {
            0 => s[..r2.Next(s.Length + 1)],
            1 => s.Replace("</", "<", StringComparison.Ordinal),
            2 => s.Insert(r2.Next(s.Length + 1), "<x a='1' a='2'>&undefined;\u0001"),
            3 => "\u0000" + s,
            _ => s.Replace("\"", "", StringComparison.Ordinal),
        });
    }, r);

    public static byte[] MissingPart(Random r, byte[] package, string ext)
    {
        var parts = ZipParts.Read(package);
        var victim = r.Chance(0.5) ? MainPart(ext) : r.Pick(parts).Name;
        return ZipParts.Write(parts.Where(p => p.Name != victim));
    }

    /// <summary>A DOCTYPE with nested entities ("billion laughs") or an external entity in the main part.</summary>
    public static byte[] EntityBomb(Random r, byte[] package, string ext) => WithPart(package, MainPart(ext), (r2, xml) =>
    {
        var s = Encoding.UTF8.GetString(xml);
        var dtd = r2.Chance(0.5)
            ? "<!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY e \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
            : "<!DOCTYPE d [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>";
        var at = s.IndexOf("?>", StringComparison.Ordinal) is var i and >= 0 ? i + 2 : 0;
        var body = s.Insert(at, dtd);
        var text = body.IndexOf("<w:t>", StringComparison.Ordinal) is var t and >= 0 ? t + 5 : body.IndexOf("<v>", StringComparison.Ordinal) + 3;
        return Encoding.UTF8.GetBytes(text > 4 ? body.Insert(text, "&e;") : body);
    }, r);

    /// <summary>A part of 150 MB of one byte repeated: compresses about 1000:1, under the total limit but far over any real ratio.</summary>
    public static byte[] RatioBomb(byte[] package, string ext) =>
        ZipParts.Repeated(ZipParts.Read(package), MainPart(ext), [], new byte[1024 * 1024], 150, []);

    /// <summary>A part that declares 1 GB uncompressed (its real content is small).</summary>
    public static byte[] DeclaredGigabyte(byte[] package, string ext) => ZipParts.DeclareSize(package, MainPart(ext), 1u << 30);

    /// <summary>A part that declares 1 KB but inflates to 120 MB of valid-looking XML: the lie a size check on headers alone misses.</summary>
    public static byte[] LyingSize(byte[] package, string ext)
    {
        var (head, chunk, tail) = ext == ".xlsx"
            ? ("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>", "Sở Công Thương 88,4% ", "</t></si></sst>")
            : ("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>", "Sở Công Thương 88,4% ", "</w:t></w:r></w:p></w:body></w:document>");
        var part = ext == ".xlsx" ? Strings : MainPart(ext);
        var chunkBytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(chunk, 4096)));
        var bomb = ZipParts.Repeated(ZipParts.Read(package), part, Encoding.UTF8.GetBytes(head), chunkBytes, 120L * 1024 * 1024 / chunkBytes.Length, Encoding.UTF8.GetBytes(tail));
        return ZipParts.DeclareSize(bomb, part, 1024);
    }

    public static byte[] ManyEntries(Random r, byte[] package, string ext) =>
        ZipParts.Write(ZipParts.Read(package).Concat(Enumerable.Range(0, r.Chance(0.5) ? 10_050 : 9_000).Select(i => ($"customXml/item{i}.xml", "<a/>"u8.ToArray()))));

    /// <summary>Entry names a careless extractor would write outside its folder, duplicates, and a macro part.</summary>
    public static byte[] OddNames(Random r, byte[] package, string ext)
    {
        var parts = ZipParts.Read(package);
        parts.Add((r.Pick(["../../evil.xml", "/etc/cron.d/x", "C:\\Windows\\x.xml", "word/../../x.xml", "ở/đây.xml"]), "<a/>"u8.ToArray()));
        parts.Add((r.Chance(0.5) ? MainPart(ext) : "word/vbaProject.bin", r.Bytes(512)));
        return ZipParts.Write(parts);
    }

    public static byte[] WithPart(byte[] package, string? name, Func<Random, byte[], byte[]> change, Random r)
    {
        var parts = ZipParts.Read(package);
        var at = name is null ? r.Next(parts.Count) : parts.FindIndex(p => p.Name == name);
        if (at < 0) return package;
        parts[at] = (parts[at].Name, change(r, parts[at].Bytes));
        return ZipParts.Write(parts);
    }
}
