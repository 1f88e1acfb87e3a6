using Analytics.Pipeline.Analyze;
using Analytics.Pipeline.Analyze.Classify;
using Analytics.Pipeline.Extract.Results;
using Analytics.Pipeline.Load;
using Analytics.Pipeline.Store;

namespace Analytics.Pipeline.Sequence;

/// <summary>
/// The opening sequence, above Load and Analyze so that each stage reaches only earlier ones. Opening: the database →
/// Load's schema → Analyze's views (rebuilt when they lag), in one transaction. After a change to the documents (an
/// ingest, an upload, a removal or a restore): the stored analytics → the task links. The commands, the dashboard, the
/// bench, the tools and the tests open and change the database through here.
/// </summary>
public static class Stages
{
    /// <inheritdoc cref="Database.OpenForWrite"/>
    public static DuckDb OpenForWrite(string path, string? memoryLimit = null) =>
        Database.OpenForWrite(path, memoryLimit, StoredAnalytics.Apply);

    /// <summary>A bulk ingest (<see cref="Ingestor.IngestPaths"/>), then, once its last outcome is read, what follows a
    /// change; the task classifier retrains when the labelled tasks changed.</summary>
    public static IEnumerable<IngestOutcome> Ingest(DuckDbConnection con, IEnumerable<string> paths, ResultsDefaults? defaults = null,
        int batchSize = Ingestor.BatchSize)
    {
        foreach (var outcome in Ingestor.IngestPaths(con, paths, defaults, batchSize)) yield return outcome;
        AfterChange(con);
    }

    /// <summary>One file (<see cref="Ingestor.IngestFile"/>), then what follows a change unless <paramref name="refresh"/>
    /// is false (a caller ingesting many files one by one runs <see cref="AfterChange"/> once at the end). An upload
    /// answers quickly: the stored model predicts, the retraining waits for the next bulk ingest or `classify`.</summary>
    public static IngestOutcome IngestFile(DuckDbConnection con, string path, string? sourceName = null, ResultsDefaults? defaults = null,
        bool refresh = true)
    {
        var outcome = Ingestor.IngestFile(con, path, sourceName, defaults);
        if (refresh) AfterChange(con, train: false);
        return outcome;
    }

    /// <summary>Removes a loaded document (<see cref="DocumentVersions.Remove"/>), then what follows a change.</summary>
    public static bool Remove(DuckDbConnection con, string name)
    {
        var removed = DocumentVersions.Remove(con, name);
        if (removed) AfterChange(con);
        return removed;
    }

    /// <summary>Loads a kept version again (<see cref="DocumentVersions.Restore"/>), then what follows a change, as an upload.</summary>
    public static (IngestOutcome? Outcome, string? Problem) Restore(DuckDbConnection con, string name, string sha, ResultsDefaults? defaults = null)
    {
        var restored = DocumentVersions.Restore(con, name, sha, defaults);
        if (restored.Outcome is not null) AfterChange(con, train: false);
        return restored;
    }

    /// <summary>What follows a change: the stored analytics rebuilt when they lag, then the task links brought up to date
    /// (retrained when the labelled tasks changed, unless <paramref name="train"/> is false); the classifier's runs.</summary>
    public static IReadOnlyList<ClassifierRun> AfterChange(DuckDbConnection con, bool train = true)
    {
        StoredAnalytics.Refresh(con);
        return TaskLinks.Refresh(con, train: train);
    }
}
