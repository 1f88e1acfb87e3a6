using Analytics.Pipeline.Glossary;
using Analytics.Pipeline.Model;
using Analytics.Pipeline.Store;

namespace Analytics.Pipeline.Analyze.Planning;

/// <summary>Reads a draft of a unit's plan for a year: the weak criteria of the year before (most urgent first), this
/// year's tasks for each (else last year's), and other units' tasks for the same criteria. Null without any figure,
/// except for PAR INDEX: a department's component scores are rarely published, so a unit with a PAR INDEX plan but no
/// figure gets every component of the index (glossary order, "no data", no target) with its plan's tasks under each.</summary>
public static class PlanDrafts
{
    public static PlanDraft? Read(DuckDbConnection con, string unit, string? province, int planYear, string indexCode)
    {
        var p = province is null ? null : Units.MatchProvince(province) ?? province;
        var u = Units.MatchUnit(unit) ?? Units.MatchProvince(unit) ?? unit;
        var figures = Figures(con, u, p, planYear - 1, indexCode);
        var (carriedYear, carried) = Carried(con, u, p, planYear, indexCode);
        if (figures.Count == 0 && (indexCode != ParIndex || carried.Count == 0)) return null;
        if (figures.Count == 0) figures = Components(planYear - 1);
        var suggested = PlanningQueries.Suggestions(con, p, u, planYear - 1, indexCode);
        var sections = figures.Where(f => f.Criterion != "overall").Select(f => new DraftSection(f,
            carried.Where(t => t.Criterion == f.Criterion).ToList(),
            suggested.Where(t => t.Criterion == f.Criterion).ToList())).ToList();
        return new PlanDraft(u, p, planYear, indexCode, carriedYear, figures.FirstOrDefault(f => f.Criterion == "overall"), sections);
    }

    private const string ParIndex = "PAR_INDEX";

    /// <summary>Every PAR INDEX component in the index's order, without a figure.</summary>
    private static IReadOnlyList<DraftFigure> Components(int year) =>
        Criteria.All.Where(c => c.IndexScope == ParIndex).OrderBy(c => c.Order)
            .Select(c => new DraftFigure(c.Key, year, null, null, null, null, null, null, null, null)).ToList();

    private static (int?, IReadOnlyList<PlannedTask>) Carried(DuckDbConnection con, string unit, string? province, int planYear,
        string indexCode)
    {
        foreach (var year in new[] { planYear, planYear - 1 })
        {
            var tasks = PlanningQueries.PlanTasks(con, unit, province, year, indexCode);
            if (tasks.Count > 0) return (year, tasks);
        }
        return (null, []);
    }

    private static IReadOnlyList<DraftFigure> Figures(DuckDbConnection con, string unit, string? province, int year, string indexCode) =>
        con.Query(Sql.Load("Analyze/Planning/draft_criteria.sql"), r => new DraftFigure(
            r.String("criterion")!, r.Int("year")!.Value, r.Decimal("value_pct"), r.Int("rank"), r.Int("rank_of"),
            r.Int("movement"), r.Decimal("target_pct"), r.Double("severity"), Source(r, "source_"), Source(r, "target_source_")),
            unit, province, year, indexCode);

    private static SourceRef? Source(DuckDbRow r, string prefix) => r.String(prefix + "file") is { } file
        ? new SourceRef(file, r.Int(prefix + "line") ?? 0, r.String(prefix + "text") ?? "")
        : null;
}
