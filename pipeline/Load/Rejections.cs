using Analytics.Pipeline.Model;
using Analytics.Pipeline.Store;

namespace Analytics.Pipeline.Load;

/// <summary>Keeps the reasons a document was refused, so they can be shown; the document's loaded rows stay as they were.</summary>
internal static class Rejections
{
    public static void Record(DuckDbConnection con, string name, string? sha, string path, IReadOnlyList<Finding> findings) =>
        con.Transaction(c =>
        {
            c.Execute(Sql.Load("Load/Dml/bump_generation.sql"));
            c.Execute(Sql.Load("Load/Dml/delete_rejections.sql"), name);
            using var app = c.Appender("raw_findings");
            foreach (var f in findings.Where(f => f.Severity == Severities.Error))
                app.Row(name, sha, f.Line, f.Severity, f.Message, f.Text, true, path, DateTime.UtcNow);
        });
}
