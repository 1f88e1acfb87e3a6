using System.Text;
using System.Text.RegularExpressions;

namespace Analytics.Bench.Synth;

/// <summary>
/// Replicates the five seed plans to <c>count</c> documents (issue 2's benchmark corpus): renamed copies
/// ("synth_seedcopy_0042_002_….txt"), each with the synthetic line on top, the issuing department replaced by one of
/// <see cref="Catalog.Departments"/> and the years shifted back by 0–5, so the copies state figures for different units
/// and years instead of 200 copies of one plan. The seeds themselves are only read.
/// </summary>
public static partial class SeedReplicator
{
    private static readonly string[] Issuers = ["Sở Công Thương", "Sở Công thương", "Sở Kế hoạch và Đầu tư"];

    public static SynthStats Write(string seedsDir, string output, int count)
    {
        var root = OutputGuard.Check(output);
        Directory.CreateDirectory(root);
        var seeds = Directory.GetFiles(seedsDir).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal)
            .Select(f => (Name: Path.GetFileName(f), Text: File.ReadAllText(f, Encoding.UTF8))).ToList();
        if (seeds.Count == 0) throw new ArgumentException($"no seed documents in {seedsDir}");
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var (name, text) = seeds[i % seeds.Count];
            var department = Catalog.Departments[i / seeds.Count % Catalog.Departments.Count].Name;
            var shift = i / (seeds.Count * Catalog.Departments.Count) % 6;
            var copy = Issuers.Aggregate(text, (t, issuer) => t.Replace(issuer, department, StringComparison.Ordinal));
            copy = Year().Replace(copy, m => (int.Parse(m.Value) - shift).ToString(System.Globalization.CultureInfo.InvariantCulture));
            var content = Encoding.UTF8.GetBytes($"{Phrases.SyntheticLine} Bản sao số {i + 1} của một văn bản mẫu; đơn vị và năm đã thay đổi.\n\n{copy}");
            File.WriteAllBytes(Path.Combine(root, $"synth_seedcopy_{i + 1:0000}_{name}"), content);
            bytes += content.Length;
        }
        return new SynthStats(new Dictionary<string, int> { ["seed copy"] = count }, count, bytes);
    }

    [GeneratedRegex(@"\b20(1[5-9]|2[0-6])\b")]
    private static partial Regex Year();
}
