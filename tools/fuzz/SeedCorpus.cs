using System.Text;
using Analytics.Pipeline.Extract;

namespace Analytics.Fuzz;

/// <summary>A document the fuzzer starts from. Text: its content when it is UTF-8 text, else null.</summary>
public sealed record SeedFile(string Name, byte[] Bytes, string? Text, bool IsPackage)
{
    public string Ext => Path.GetExtension(Name).ToLowerInvariant();
}

/// <summary>The fuzzer's starting documents: seeds/, data/*.csv, tests/Fixtures/** (when present), and generated .docx/.xlsx.</summary>
public static class SeedCorpus
{
    private static readonly UTF8Encoding Strict = new(false, true);

    /// <param name="ocr">Also scanned PDFs (no font) and pictures, each of whose cases runs Tesseract.</param>
    public static IReadOnlyList<SeedFile> Load(string root, bool ocr = false)
    {
        var files = new List<SeedFile>();
        foreach (var folder in new[] { "seeds", "data", Path.Combine("tests", "Fixtures") })
        {
            var dir = Path.Combine(root, folder);
            if (!Directory.Exists(dir)) continue;
            foreach (var path in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                if (DocumentReader.Supported.Contains(Path.GetExtension(path).ToLowerInvariant()) && !path.Contains(".received")
                    && (ocr || !NeedsOcr(path)))
                    files.Add(FromBytes(Path.GetFileName(path), File.ReadAllBytes(path)));
        }
        var plans = files.Where(f => f.Text is not null && f.Name.EndsWith(".txt", StringComparison.Ordinal)).ToList();
        foreach (var plan in plans.Take(3))
            files.Add(FromBytes(Path.ChangeExtension(plan.Name, null) + "_generated.docx", OfficeSamples.Docx(Lines(plan.Text!))));
        files.Add(FromBytes("results_generated.xlsx", OfficeSamples.Xlsx()));
        return files;
    }

    private static bool NeedsOcr(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".png" or ".jpg" or ".jpeg" or ".tif" or ".tiff" => true,
        ".pdf" => File.ReadAllBytes(path).AsSpan().IndexOf("/Font"u8) < 0,
        _ => false,
    };

    /// <summary>The repository root: the first folder at or above <paramref name="start"/> holding Analytics.sln.</summary>
    public static string FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Analytics.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"Analytics.sln not found at or above {start}: run from the repository");
    }

    public static SeedFile FromBytes(string name, byte[] bytes) =>
        new(name, bytes, TryText(bytes), Path.GetExtension(name).ToLowerInvariant() is ".docx" or ".xlsx" && IsReadableZip(bytes));

    private static bool IsReadableZip(byte[] bytes)
    {
        try
        {
            using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes), System.IO.Compression.ZipArchiveMode.Read);
            foreach (var e in zip.Entries) { using var s = e.Open(); s.CopyTo(Stream.Null); }
            return true;
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException) { return false; }
    }

    private static IEnumerable<string> Lines(string text) => text.ReplaceLineEndings("\n").Split('\n');

    private static string? TryText(byte[] bytes)
    {
        try { return bytes.Length > 0 && bytes[0] == 'P' && bytes.Length > 1 && bytes[1] == 'K' ? null : Strict.GetString(bytes).TrimStart('\uFEFF'); }
        catch (DecoderFallbackException) { return null; }
    }
}
