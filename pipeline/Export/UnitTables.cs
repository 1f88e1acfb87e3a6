using Analytics.Pipeline.Export.Files;
using Analytics.Pipeline.Glossary;
using Analytics.Pipeline.Model;

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
            tables.Add(new ChartTable("Tiêu chí cần cải thiện, theo mức độ ưu tiên" + subtitle, d.Sources(d.Weak.Select(w => w.Source?.File)),
                ["Tiêu chí", "Giá trị (%)", ChartTable.GapColumn, "So với năm trước (điểm)", "Biến động (bậc)", "Lý do", "Nguồn"],
                d.Weak.Select(w => (IReadOnlyList<object?>)[Criteria.NameVi(w.Criterion), w.ValuePct, w.VsNinety, w.ChangePp, w.Movement,
                    string.Join("; ", w.Reasons), Where(w.Source)]).ToList()));
        var details = d.Details;
        if (details.Count > 0)
            tables.Add(new ChartTable("Số liệu và nguồn" + subtitle, d.Sources(details.Select(r => r.Source?.File)),
                ["Tiêu chí", "Giá trị (%)", "Xếp hạng", "Trên số đơn vị", "Biến động (bậc)", "Nguồn", "Trích dẫn"],
                UnitCharts.ByOrder(details.Select(r => r.Criterion)).Select(k => details.First(r => r.Criterion == k))
                    .Select(r => (IReadOnlyList<object?>)[Criteria.NameVi(r.Criterion), r.ValuePct, r.Rank, r.RankOf, r.Movement,
                        Where(r.Source), r.Source?.Text]).ToList()));
        return tables;
    }

    private static string? Where(SourceRef? source) => source is null ? null : $"{source.File}:{source.Line}";
}
