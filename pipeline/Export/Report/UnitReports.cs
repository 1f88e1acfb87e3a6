using Analytics.Pipeline.Glossary;
using Analytics.Pipeline.Read;
using Analytics.Pipeline.Store;

namespace Analytics.Pipeline.Export.Report;

/// <summary>A unit's report for one year: every figure criterion_status holds for it (PAR INDEX first, then SIPAS; criteria
/// in the glossary's order) and its weak criteria, most urgent first.</summary>
public sealed record UnitReport(string Unit, string? Province, int Year, IReadOnlyList<Figure> Criteria, IReadOnlyList<WeakCriterion> Weak);

/// <summary>Reads a unit's report through the read layer. Unit and province names are resolved through the registry.</summary>
public static class UnitReports
{
    public static UnitReport Read(DuckDbConnection con, string unit, string? province, int year)
    {
        var p = province is null ? null : Units.MatchProvince(province) ?? province;
        var u = Units.MatchUnit(unit) ?? Units.MatchProvince(unit) ?? unit;
        var criteria = FigureReads.OfUnit(con, u, p).Where(f => f.Year == year)
            .OrderByDescending(f => f.IndexCode, StringComparer.Ordinal)
            .ThenBy(f => Glossary.Criteria.ByKey(f.Criterion)?.Order ?? 99).ThenBy(f => f.Criterion, StringComparer.Ordinal)
            .ToList();
        return new UnitReport(u, p, year, criteria, FigureReads.WeakOfUnit(con, u, p, year));
    }
}
