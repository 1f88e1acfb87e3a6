using Analytics.Pipeline.Glossary;
using Analytics.Pipeline.Model;
using Analytics.Pipeline.Store;

namespace Analytics.Pipeline.Analyze.Planning;

/// <summary>Reads a draft of a unit's plan for a year: the weak criteria of the year before (most urgent first), this
/// year's tasks for each (else last year's), and other units' tasks for the same criteria. Null without any figure.</summary>
public static class PlanDrafts
{
    public static PlanDraft? Read(DuckDbConnection con, string unit, string? province, int planYear, string indexCode)
    {
        var p = province is null ? null : Units.MatchProvince(province) ?? province;
        var u = Units.MatchUnit(unit) ?? Units.MatchProvince(unit) ?? unit;
        var figures = Figures(con, u, p, planYear - 1, indexCode);
        if (figures.Count == 0) return null;
        var (carriedYear, carried) = Carried(con, u, p, planYear, indexCode);
        var suggested = PlanningQueries.Suggestions(con, p, u, planYear - 1, indexCode);
        var sections = figures.Where(f => f.Criterion != "overall").Select(f => new DraftSection(f,
            carried.Where(t => t.Criterion == f.Criterion).ToList(),
            suggested.Where(t => t.Criterion == f.Criterion).ToList())).ToList();
        return new PlanDraft(u, p, planYear, indexCode, carriedYear, figures.FirstOrDefault(f => f.Criterion == "overall"), sections);
    }

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
