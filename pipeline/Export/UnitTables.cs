using Analytics.Pipeline.Export.Charts;
using Analytics.Pipeline.Export.Files;
using Analytics.Pipeline.Glossary;
using Analytics.Pipeline.Read;

namespace Analytics.Pipeline.Export;

/// <summary>The tables of a unit's pack besides the charts' own: weak criteria with reasons, and every figure with
/// the document, line and text it was read from; in both, what makes a figure doubtful, spelled out ("Lưu ý về số liệu":
/// derived, conflicting, read by OCR with a low confidence, remarked on by its own source).</summary>
public static class UnitTables
{
    public static IReadOnlyList<ChartTable> Build(ExportData d)
    {
        var tables = new List<ChartTable>();
        var doubts = d.Doubts ?? Doubts.None;
        var subtitle = $" — {d.Request.Unit} · {d.Request.Province} · {d.Request.Year}";
        if (d.Weak.Count > 0)
            tables.Add(new ChartTable("Tiêu chí cần cải thiện, theo mức độ ưu tiên" + subtitle, d.Sources(d.Weak.Select(w => w.Source?.File)),
                ["Tiêu chí", "Giá trị (%)", ChartTable.GapColumn, "So với năm trước (điểm)", "Biến động (bậc)", "Lý do", "Nguồn", DoubtColumn],
                d.Weak.Select(w => (IReadOnlyList<object?>)[Criteria.NameVi(w.Criterion), w.ValuePct, w.VsNinety, w.ChangePp, w.Movement,
                    string.Join("; ", w.Reasons), d.Where(w.Source), Join(doubts.OfValue(w.Source))]).ToList()));
        var details = d.Details;
        if (details.Count > 0)
            tables.Add(new ChartTable("Số liệu và nguồn" + subtitle, d.Sources(details.Select(r => r.Source?.File)),
                ["Tiêu chí", "Giá trị (%)", "Xếp hạng", "Trên số đơn vị", "Biến động (bậc)", "Nguồn", "Trích dẫn", DoubtColumn],
                UnitCharts.ByOrder(details.Select(r => r.Criterion)).Select(k => details.First(r => r.Criterion == k))
                    .Select(r => (IReadOnlyList<object?>)[Criteria.NameVi(r.Criterion), r.ValuePct, r.Rank, r.RankOf, r.Movement,
                        d.Where(r.Source), r.Source?.Text, Join([.. Derivations(r), .. doubts.Of(r)])]).ToList()));
        return tables;
    }

    public const string DoubtColumn = "Lưu ý về số liệu";

    private static IEnumerable<string> Derivations(Figure f) => new[]
    {
        f.ValuePct is not null && f.ValueIsDerived ? Derived.ValueNote : null,
        f.Rank is not null && f.RankIsDerived ? Derived.RankNote : null,
    }.OfType<string>();

    private static string? Join(IReadOnlyList<string> notes) => notes.Count == 0 ? null : string.Join("; ", notes) + ".";
}
