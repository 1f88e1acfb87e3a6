using Analytics.Dashboard.Web;
using Analytics.Pipeline.Load;
using Analytics.Pipeline.Model;

namespace Analytics.Dashboard.Upload;

/// <summary>An ingest's outcome as the upload page shows it, in Vietnamese, with links to the units whose figures changed.</summary>
public static class UploadOutcome
{
    public const int MaxUnitLinks = 12;

    public static UploadResult Describe(string name, IngestOutcome outcome)
    {
        var warnings = outcome.Problems.Concat(outcome.Extraction?.Findings ?? []).Where(f => f.Severity == Severities.Warning)
            .Select(f => UploadMessages.Warning(f.Line, f.Message));
        var problems = outcome.Problems.Where(f => f.Severity == Severities.Error)
            .Select(f => UploadMessages.Error(f.Line, f.Message));
        return outcome.Status switch
        {
            IngestStatus.Failed => new UploadResult(name, false, UploadMessages.Failed, problems.ToList()),
            IngestStatus.Skipped when outcome.DuplicateOf is { } other => new UploadResult(name, false, UploadMessages.Duplicate(other), []),
            IngestStatus.Skipped => new UploadResult(name, false, UploadMessages.Skipped(outcome.Problems.FirstOrDefault()?.Message), []),
            IngestStatus.Unchanged => new UploadResult(name, true, UploadMessages.Unchanged, []),
            _ => new UploadResult(name, true, UploadMessages.Added(outcome.Extraction!, outcome.Status == IngestStatus.Replaced), warnings.ToList())
                { Units = Units(outcome.Extraction!) },
        };
    }

    /// <summary>Each unit, province and year the document gave figures for, linked to that unit's profile.</summary>
    public static IReadOnlyList<UnitLink> Units(Extraction x) => x.Observations
        .Select(o => (o.Unit, o.Province, o.Year, o.IndexCode)).Distinct().OrderBy(u => u.Unit, StringComparer.Ordinal).ThenBy(u => u.Year)
        .Take(MaxUnitLinks)
        .Select(u => new UnitLink($"{u.Unit}{(u.Province is null || u.Province == u.Unit ? "" : ", " + u.Province)} ({u.IndexCode}, {u.Year})",
            Links.Profile(u.Province, u.Unit, u.Year, u.IndexCode)))
        .ToList();
}
