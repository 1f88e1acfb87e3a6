using Analytics.Pipeline.Model;

namespace Analytics.Dashboard.Data;

/// <summary>Whose figures or targets a unit's plans state while not being that unit (a department's plan quoting its
/// province's index), per year and index.</summary>
public sealed record PlanQuote(string Unit, string UnitKind, string? Province, int Year, string IndexCode, int Figures, int Targets);

/// <summary>A task a unit's plan sets, with the criteria it names and where it stands.</summary>
public sealed record PlanTask(string Description, IReadOnlyList<string> Criteria, string? LeadUnit, string? Timeline,
    string? Section, SourceRef Source);
