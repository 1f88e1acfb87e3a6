using System.Security.Cryptography;
using Analytics.Pipeline.Analyze;
using Analytics.Pipeline.Extract.Results;
using Analytics.Pipeline.Store;

namespace Analytics.Pipeline.Load;

/// <summary>
/// Earlier versions of documents: every replaced or removed version is kept (raw_document_versions, the view
/// document_versions) with its file's path and SHA-256, and can be loaded again from that file. Removing a document
/// takes its figures, targets, tasks and findings out in one transaction and keeps it as a version.
/// </summary>
public static class DocumentVersions
{
    /// <summary>Removes a loaded document with all its rows (kept as a 'removed' version); false when it is not loaded.</summary>
    public static bool Remove(DuckDbConnection con, string name)
    {
        var removed = con.Transaction(c =>
        {
            if (c.Scalar<string>(Sql.Load("Load/Dml/document_sha.sql"), name) is null) return false;
            c.Execute(Sql.Load("Load/Dml/bump_generation.sql"));
            c.Execute(Sql.Load("Load/Dml/keep_version.sql"), name, "removed");
            DocumentWriter.Delete(c, name, DocumentWriter.Tables);
            return true;
        });
        if (removed)
        {
            StoredAnalytics.Refresh(con);
            Analyze.Classify.TaskLinks.Refresh(con);
        }
        return removed;
    }

    /// <summary>
    /// Loads a kept version of <paramref name="name"/> again (the one loaded now is kept in its turn). The outcome, or
    /// why it cannot be restored: no such version, or its file is gone or changed.
    /// </summary>
    public static (IngestOutcome? Outcome, string? Problem) Restore(DuckDbConnection con, string name, string sha, ResultsDefaults? defaults = null)
    {
        if (con.Scalar<string>(Sql.Load("Load/Dml/document_version.sql"), name, sha) is not { } path)
            return (null, IngestMessages.VersionNotKept(name));
        if (!File.Exists(path) || Sha(path) != sha) return (null, IngestMessages.VersionFileGone(path));
        var outcome = Ingestor.IngestFile(con, path, name, defaults);
        if (!outcome.Failed) con.Execute(Sql.Load("Load/Dml/forget_version.sql"), name, sha);
        return (outcome, null);
    }

    private static string Sha(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(file));
    }
}
