using Analytics.Pipeline.Load;
using Analytics.Pipeline.Sequence;
using Analytics.Pipeline.Store;

namespace Analytics.Dashboard.Data;

/// <summary>
/// Opens the dashboard's database, first ingesting the embedded default data (seeds/ and data/, or
/// Analytics:DefaultInputs) when the database is missing or older than any of those files. Re-ingesting is
/// idempotent, so a stale database only loads what changed. The sample database (bench sample) gets no default data.
/// </summary>
public static class DefaultData
{
    public static DuckDb Open(DashboardSettings settings, ILogger log)
    {
        var stale = IsStale(settings.DbPath, settings.DefaultInputs);
        var db = Stages.OpenForWrite(settings.DbPath, settings.DuckDbMemoryLimit);
        if (!stale) return db;
        using var con = db.Connect();
        if (SampleData.IsSample(con)) return db; // the sample database never takes real documents
        var outcomes = Stages.Ingest(con, settings.DefaultInputs).ToList();
        log.LogInformation("Default data ingested into {Db}: {Loaded} loaded or replaced, {Unchanged} unchanged, {Failed} failed",
            settings.DbPath, outcomes.Count(o => o.Status is IngestStatus.Loaded or IngestStatus.Replaced),
            outcomes.Count(o => o.Status == IngestStatus.Unchanged), outcomes.Count(o => o.Failed));
        foreach (var problem in outcomes.Where(o => o.Failed).SelectMany(o => o.Problems))
            log.LogWarning("Not loaded: {File}:{Line}: {Message}", problem.File, problem.Line, problem.Message);
        return db;
    }

    private static bool IsStale(string dbPath, IReadOnlyList<string> inputs)
    {
        if (inputs.Count == 0 || dbPath == ":memory:") return inputs.Count > 0;
        if (!File.Exists(dbPath)) return true;
        var built = File.GetLastWriteTimeUtc(dbPath);
        return InputFiles.Expand(inputs.Where(Directory.Exists))
            .Any(f => InputFiles.SkipReason(f) is null && File.GetLastWriteTimeUtc(f) > built);
    }
}
