using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Analytics.Bench.Synth;

/// <summary>
/// Rewrites an Office package (.docx/.xlsx are ZIP files) so the same seed gives the same bytes: a fixed timestamp
/// on every entry (System.IO.Packaging stamps the current time) and numbered relationship ids in place of the random
/// ones the Open XML SDK draws ("R6d43ddb5b3804901" → "rIdS1"), in the .rels files and in the parts that cite them.
/// </summary>
public static partial class StableZip
{
    private static readonly DateTimeOffset Stamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Rewrite(byte[] package)
    {
        var entries = new List<(string Name, byte[] Bytes)>();
        using (var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
            foreach (var entry in input.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                using var from = entry.Open();
                using var buffer = new MemoryStream();
                from.CopyTo(buffer);
                entries.Add((entry.FullName, buffer.ToArray()));
            }
        var ids = new Dictionary<string, string>();
        string Renumber(Match m) => ids.TryGetValue(m.Value, out var id) ? id : ids[m.Value] = $"rIdS{ids.Count + 1}";
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, bytes) in entries)
            {
                var content = name.EndsWith(".xml", StringComparison.Ordinal) || name.EndsWith(".rels", StringComparison.Ordinal)
                    ? Encoding.UTF8.GetBytes(RandomId().Replace(Encoding.UTF8.GetString(bytes), Renumber)) : bytes;
                var copy = zip.CreateEntry(name, CompressionLevel.Optimal);
                copy.LastWriteTime = Stamp;
                using var to = copy.Open();
                to.Write(content);
            }
        return output.ToArray();
    }

    [GeneratedRegex(@"\bR[0-9a-f]{16}\b")]
    private static partial Regex RandomId();
}
