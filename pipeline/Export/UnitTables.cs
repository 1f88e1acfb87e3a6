using Analytics.Pipeline.Export.Files;
using Analytics.Pipeline.Glossary;

namespace Analytics.Pipeline.Export;

/// <summary>The tables of a unit's pack besides the charts' own: weak criteria with reasons, and every figure with
/// the file, line and text it was read from.</summary>
public static class UnitTables
{
    public static IReadOnlyList<ChartTable> Build(ExportData d)
    {
        var tables = new List<ChartTable>();
        var subtitle = $" — {d.Request.Unit} · {d.Request.Province} · {d.Request.Year}";
        if (d.Weak.Count > 0)
            tables.Add(new ChartTable("Tiêu chí cần cải thiện, theo mức độ ưu tiên" + subtitle, d.Sources(d.Weak.Select(w => w.SourceFile)),
                ["Tiêu chí", "Giá trị (%)", ChartTable.GapColumn, "So với năm trước (điểm)", "Biến động (bậc)", "Lý do", "Nguồn"],
                d.Weak.Select(w => (IReadOnlyList<object?>)[Criteria.NameVi(w.Criterion), w.Value, -w.GapTo90, w.ChangePp, w.Movement,
                    string.Join("; ", w.Reasons), Where(w.SourceFile, w.SourceLine)]).ToList()));
        if (d.Details.Count > 0)
            tables.Add(new ChartTable("Số liệu và nguồn" + subtitle, d.Sources(d.Details.Select(r => r.SourceFile)),
                ["Tiêu chí", "Giá trị (%)", "Xếp hạng", "Trên số đơn vị", "Biến động (bậc)", "Nguồn", "Trích dẫn"],
                UnitCharts.ByOrder(d.Details.Select(r => r.Criterion)).Select(k => d.Details.First(r => r.Criterion == k))
                    .Select(r => (IReadOnlyList<object?>)[Criteria.NameVi(r.Criterion), r.Value, r.Rank, r.RankOf, r.Movement,
                        Where(r.SourceFile, r.SourceLine), r.SourceText]).ToList()));
        return tables;
    }

    private static string? Where(string? file, int? line) => file is null ? null : line is { } l ? $"{file}:{l}" : file;
}
