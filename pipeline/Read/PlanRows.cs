using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Read;

/// <summary>A unit the database has figures for in a year and index, or (HasFigures false) only a plan of that year
/// (drives the filter lists).</summary>
public sealed record UnitChoice(string? Province, string Unit, string UnitKind, int Year, string IndexCode, bool HasFigures = true);

/// <summary>The average, best and worst of a peer group (e.g. the departments of a province) on a criterion.</summary>
public sealed record PeerAverage(string Criterion, decimal? AvgPct, decimal? BestPct, decimal? WorstPct, int? PeerCount);

/// <summary>A task an ingested plan set for a weak criterion, and the criterion's value before and after the plan year.</summary>
public sealed record TaskFollowUp(
    string Unit, string? Province, string Criterion, int? PlanYear, string Description, string? LeadUnit,
    string? Timeline, decimal? BeforePct, decimal? AfterPct, SourceRef? Source, string LinkedBy = "document",
    double? Confidence = null);

/// <summary>Whose figures or targets a unit's plans state while not being that unit (a department's plan quoting its
/// province's index), per year and index.</summary>
public sealed record PlanQuote(string Unit, string UnitKind, string? Province, int Year, string IndexCode, int Figures, int Targets);

/// <summary>A task a unit's plan sets, with the criteria it names and where it stands.</summary>
public sealed record UnitTask(string Description, IReadOnlyList<string> Criteria, string? LeadUnit, string? Timeline,
    string? Section, SourceRef Source);
