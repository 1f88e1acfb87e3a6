using Analytics.Pipeline.Extract.Blocks;
using Analytics.Pipeline.Glossary;
using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Extract.Results;

/// <summary>A row of a table: its line (CSV line, sheet row, text line), cells, and its text as a source quotation.</summary>
public sealed record TableRow(int Line, IReadOnlyList<string> Cells, string Text);

/// <summary>
/// A wide table, one row per unit: rows above the header are its title (province, year, index), section rows
/// ('I. KHỐI SỞ, BAN, NGÀNH', 'II. KHỐI NGÀNH DỌC') set the kind of the rows under them, 'Trung bình …' rows are
/// block averages. Complete peer groups get their total and a check of the published ranks (<see cref="PeerGroups"/>).
/// </summary>
public static class WideTable
{
    public sealed record Result(IReadOnlyList<Observation> Observations, IReadOnlyList<Finding> Findings, string? Province, int? Year);

    /// <summary>The table among <paramref name="rows"/>, or null when no row is a results header.</summary>
    public static Result? Parse(string file, IReadOnlyList<TableRow> rows, ResultsDefaults defaults)
    {
        var h = Enumerable.Range(0, rows.Count).FirstOrDefault(i => WideHeader.IsHeader(rows[i].Cells), -1);
        if (h < 0) return null;
        var sub = h + 1 < rows.Count && WideHeader.IsSubHeader(rows[h].Cells, rows[h + 1].Cells) ? rows[h + 1].Cells : null;
        var (columns, findings) = WideHeader.Columns(file, rows[h].Line, rows[h].Cells, sub);
        var title = string.Join(" ", rows.Take(h).SelectMany(r => r.Cells).Select(Units.CleanText).Where(c => c.Length > 0).Distinct());
        var context = TableTitle.Read(title);
        var province = context.Province ?? (defaults.Province is { } p ? Units.MatchProvince(p) ?? p : null);
        var year = context.Year ?? defaults.Year;
        var index = context.IndexCode ?? defaults.IndexCode ?? IndexFromColumns(columns);
        var errors = new List<Finding>();
        if (province is null) errors.Add(new Finding(file, rows[h].Line, Severities.Error, ResultsErrors.NoProvince, rows[h].Text));
        if (year is null) errors.Add(new Finding(file, rows[h].Line, Severities.Error, ResultsErrors.NoYear, rows[h].Text));
        if (errors.Count > 0) return new Result([], [.. findings, .. errors], province, year);
        var kind = rows.Take(h).Select(r => WideRows.SectionKind(string.Join(" ", r.Cells))).LastOrDefault(k => k is not null);
        var table = new WideRows(file, columns, province!, year!.Value, index, kind ?? defaults.UnitKind);
        var body = rows.Skip(h + (sub is null ? 1 : 2)).ToList();
        var (observations, rowFindings) = table.Read(body);
        var check = PeerGroups.Check(observations);
        var totals = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
        foreach (var r in check.Ranks) totals[r.Observation] = r.PeerN;
        var stamped = observations.Select(o => o.RankOf is null && totals.TryGetValue(o, out var n) ? o with { RankOf = n } : o).ToList();
        return new Result(stamped, [.. findings, .. rowFindings, .. check.Disagreements], province, year);
    }

    /// <summary>Several tables of one file (sheets, or tables among a document's lines) as one result.</summary>
    public static Result Combine(IReadOnlyList<Result> tables, IEnumerable<Finding> more)
    {
        var provinces = tables.Select(t => t.Province).Distinct().ToList();
        var years = tables.Select(t => t.Year).Distinct().ToList();
        return new Result(tables.SelectMany(t => t.Observations).ToList(), [.. more, .. tables.SelectMany(t => t.Findings)],
            provinces.Count == 1 ? provinces[0] : null, years.Count == 1 ? years[0] : null);
    }

    // Only the SIPAS has the criteria access, procedures, reception, …: a table of them is a SIPAS table.
    private static string IndexFromColumns(IReadOnlyList<TableColumn> columns) =>
        columns.Any(c => c.Header.Contains("PAR", StringComparison.Ordinal)) ? IndexNames.ParIndex : IndexNames.Sipas;
}
