using Analytics.Pipeline.Glossary;
using Analytics.Pipeline.Store;

namespace Analytics.Pipeline.Read;

/// <summary>Figures and weak criteria, read from criterion_status and weak_criteria: the one set of reads the dashboard,
/// the export and the report share. Every value is bound as a parameter.</summary>
public static class FigureReads
{
    /// <summary>Figures with a value or a rank matching the filter.</summary>
    public static IReadOnlyList<Figure> Figures(DuckDbConnection con, FigureFilter f) =>
        con.Query(Sql.Load("Read/figures.sql"), RowMaps.Figure, f.Province, f.Unit, f.UnitKind, f.Year, f.IndexCode, f.Criterion);

    /// <summary>Every row criterion_status holds for a unit in a province (null: a unit without one), every year; one
    /// index or (null) all.</summary>
    public static IReadOnlyList<Figure> OfUnit(DuckDbConnection con, string unit, string? province, string? indexCode = null) =>
        con.Query(Sql.Load("Read/unit_figures.sql"), RowMaps.Figure, unit, province, indexCode);

    /// <summary>The figures (value or rank) of a unit's peers, the unit itself included, up to a year: units of its kind in
    /// its province, or every province when it is a province.</summary>
    public static IReadOnlyList<Figure> OfPeers(DuckDbConnection con, string unit, string? province, int year, string indexCode) =>
        con.Query(Sql.Load("Read/peer_figures.sql"), RowMaps.Figure, unit, province, year, indexCode);

    /// <summary>Weak criteria in a year and index, of a province's units or a unit (null: any), most urgent first.</summary>
    public static IReadOnlyList<WeakCriterion> Weak(DuckDbConnection con, string? province, string? unit, int year, string indexCode) =>
        con.Query(Sql.Load("Read/weak_criteria.sql"), RowMaps.Weak, province, unit, year, indexCode);

    /// <summary>A unit's weak criteria in a year, one index or (null) all, most urgent first; equally urgent ones in the
    /// glossary's order of criteria.</summary>
    public static IReadOnlyList<WeakCriterion> WeakOfUnit(DuckDbConnection con, string unit, string? province, int year,
        string? indexCode = null) =>
        con.Query(Sql.Load("Read/unit_weak.sql"), RowMaps.Weak, unit, province, year, indexCode)
            .OrderByDescending(w => w.Severity).ThenBy(w => Criteria.ByKey(w.Criterion)?.Order ?? 99)
            .ThenBy(w => w.Criterion, StringComparer.Ordinal).ThenBy(w => w.IndexCode, StringComparer.Ordinal).ToList();

    /// <summary>A peer group's averages per criterion: group province_departments keyed by province, provinces keyed 'Cả nước'.</summary>
    public static IReadOnlyList<PeerAverage> PeerAverages(DuckDbConnection con, string peerGroup, string peerKey, int year,
        string indexCode) =>
        con.Query(Sql.Load("Read/peer_averages.sql"), r => new PeerAverage(
            r.String("criterion")!, r.Decimal("peer_avg"), r.Decimal("peer_best"), r.Decimal("peer_worst"),
            (int?)r.Long("peer_n")), peerGroup, peerKey, year, indexCode);
}
