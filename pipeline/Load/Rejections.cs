using Analytics.Pipeline.Model;
using Analytics.Pipeline.Store;

namespace Analytics.Pipeline.Load;

/// <summary>Keeps the reasons a document was refused, so they can be shown; the document's loaded rows stay as they were.</summary>
internal static class Rejections
{
    /// <summary>Replaces the file's recorded refusal; call inside a transaction (the rows go through its appenders).</summary>
    public static void Write(DuckDbConnection con, DocumentRows rows, string name, string? sha, string path, IReadOnlyList<Finding> findings)
    {
        con.Execute(Sql.Load("Load/Dml/bump_generation.sql"));
        con.Execute(Sql.Load("Load/Dml/delete_rejections.sql"), name);
        foreach (var f in findings.Where(f => f.Severity == Severities.Error))
            rows.Findings.Row(name, sha, f.Line, f.Severity, f.Message, DocumentWriter.StoredText(f.Text), true, path, DateTime.UtcNow);
    }
}
