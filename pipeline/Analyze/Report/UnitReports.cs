using Analytics.Pipeline.Glossary;
using Analytics.Pipeline.Store;

namespace Analytics.Pipeline.Analyze.Report;

/// <summary>Reads a unit's report from the analytic views. Unit and province names are resolved through the registry.</summary>
public static class UnitReports
{
    public static UnitReport Read(DuckDbConnection con, string unit, string? province, int year)
    {
        var p = province is null ? null : Units.MatchProvince(province) ?? province;
        var u = Units.MatchUnit(unit) ?? Units.MatchProvince(unit) ?? unit;
        var criteria = con.Query(Sql.Load("Analyze/Report/unit_criteria.sql"), r => new UnitCriterionRow(
            r.String("index_code")!, r.String("criterion")!, r.String("criterion_vi")!, r.Decimal("value_pct"),
            r.Int("prev_year"), r.Decimal("prev_value_pct"), r.Decimal("change_pp"), r.Bool("series_break") ?? false,
            r.String("break_note"), r.Int("rank"), r.Int("rank_of"), r.Int("prev_rank"), r.Int("movement"),
            r.Int("stated_movement"), r.Bool("agrees"), r.Decimal("gap_to_90"), r.Decimal("target_pct"),
            r.Decimal("gap_to_target"), r.Decimal("peer_avg"), r.Decimal("peer_best"), r.Decimal("peer_worst"),
            r.Long("peer_n"), r.Long("rank_in_peers"), r.Bool("has_conflict") ?? false,
            r.String("source_file"), r.Int("source_line"), r.String("source_text")), u, p, year);
        var weak = con.Query(Sql.Load("Analyze/Report/unit_weak.sql"), r => new WeakRow(
            r.String("index_code")!, r.String("criterion")!, r.String("criterion_vi")!, r.Decimal("value_pct"),
            r.Decimal("gap_to_90"), r.Decimal("change_pp"), r.Int("movement"), r.StringList("reasons") ?? [],
            r.Double("severity") ?? 0, r.String("source_file"), r.Int("source_line")), u, p, year);
        return new UnitReport(u, p, year, criteria, weak);
    }
}
