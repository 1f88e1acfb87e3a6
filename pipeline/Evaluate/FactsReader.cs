using System.Globalization;

namespace Analytics.Pipeline.Evaluate;

/// <summary>
/// Reads a facts file (tests/Fixtures/corpus/FORMAT.md): `# key: value` header lines, a tab-separated header row, one
/// fact per row. Reports each malformed row with its line instead of throwing.
/// </summary>
public static class FactsReader
{
    public static readonly string[] Columns =
        ["type", "line", "unit", "unit_kind", "province", "year", "index", "criterion", "value", "rank", "rank_of", "rank_change"];

    public static (FactsFile File, IReadOnlyList<FactsProblem> Problems) Read(string path)
    {
        var header = new Dictionary<string, string>(StringComparer.Ordinal);
        var facts = new List<Fact>();
        var problems = new List<FactsProblem>();
        var sawColumns = false;
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0) continue;
            if (line.StartsWith('#'))
            {
                var colon = line.IndexOf(':');
                if (colon > 1) header.TryAdd(line[1..colon].Trim(), line[(colon + 1)..].Trim());
                continue;
            }
            var cells = line.Split('\t');
            if (!sawColumns)
            {
                sawColumns = true;
                if (!cells.SequenceEqual(Columns)) problems.Add(new(path, i + 1, "header row is not: " + string.Join(" ", Columns)));
                continue;
            }
            if (Parse(cells) is { } fact) facts.Add(fact);
            else problems.Add(new(path, i + 1, $"expected {Columns.Length} tab-separated cells with type obs|target, line, year, index and criterion"));
        }
        return (new FactsFile(path, header, facts), problems);
    }

    private static Fact? Parse(string[] c)
    {
        if (c.Length != Columns.Length || c[0] is not (Fact.Observation or Fact.Target)) return null;
        if (Int(c[1]) is not { } line || Int(c[5]) is not { } year || c[2].Length == 0 || c[6].Length == 0 || c[7].Length == 0)
            return null;
        var value = c[8].Length == 0 ? (decimal?)null
            : decimal.TryParse(c[8], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : decimal.MinValue;
        if (value == decimal.MinValue) return null;
        return new Fact(c[0], line, c[2].Trim(), c[3].Trim(), c[4].Trim() is { Length: > 0 } p ? p : null, year, c[6].Trim(),
            c[7].Trim(), value, Int(c[9]), Int(c[10]), Int(c[11]));
    }

    private static int? Int(string s) =>
        int.TryParse(s.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;
}
