using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Analyze.Planning;

/// <summary>A criterion's figures in the year a plan answers: value, rank and movement, and the next year's target.</summary>
public sealed record DraftFigure(
    string Criterion, int Year, decimal? ValuePct, int? Rank, int? RankOf, int? Movement, decimal? TargetPct,
    double? Severity, SourceRef? Source, SourceRef? TargetSource);

/// <summary>One weak criterion of the draft: its figures, the tasks this year's plan already sets for it (carried
/// over) and tasks other units of the province planned for it (suggested).</summary>
public sealed record DraftSection(DraftFigure Figure, IReadOnlyList<PlannedTask> Carried, IReadOnlyList<PlannedTask> Suggested);

/// <summary>A draft of a unit's plan appendix for a year: weak criteria of the year before, most urgent first (or, for
/// a PAR INDEX plan without any figure of that year, every component of the index in its order: WithoutFigures).
/// CarriedFromYear: the plan whose tasks are carried over (this year's, else last year's; null when none is loaded).</summary>
public sealed record PlanDraft(
    string Unit, string? Province, int PlanYear, string IndexCode, int? CarriedFromYear, DraftFigure? Overall,
    IReadOnlyList<DraftSection> Sections)
{
    public int ResultsYear => PlanYear - 1;

    public bool WithoutFigures => Overall is null && Sections.All(s => s.Figure.Source is null);

    /// <summary>The sample database's mark, written first in the draft; null for real data.</summary>
    public string? Mark { get; init; }
}
