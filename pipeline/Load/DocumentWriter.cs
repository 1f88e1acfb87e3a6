using Analytics.Pipeline.Extract;
using Analytics.Pipeline.Model;
using Analytics.Pipeline.Store;

namespace Analytics.Pipeline.Load;

/// <summary>Writes one extraction, replacing the rows its file had (the replaced version is kept in raw_document_versions). Call inside a transaction; the rows go through the
/// transaction's appenders and reach the tables when they are flushed.</summary>
internal static class DocumentWriter
{
    internal static readonly string[] Tables = ["documents", "observations", "targets", "tasks", "findings"];

    /// <summary>Percentages are stored as DECIMAL(6,2): a value stated with more decimals is rounded half away from zero.</summary>
    private static decimal? Pct(decimal? value) => value is { } v ? Math.Round(v, 2, MidpointRounding.AwayFromZero) : null;

    /// <summary>OCR confidences are stored as DECIMAL(5,2).</summary>
    private static decimal? Confidence(decimal? value) => value is { } v ? Math.Round(Math.Clamp(v, 0, 100), 2) : null;

    /// <summary>
    /// A finding's text as stored: the beginning of its line or statement, at most <see cref="Extract.Statements.Snippet.Max"/>
    /// characters. Each finding carries the whole statement it is about, and a 1 MB paragraph gave thousands of them:
    /// stored whole, they took the ingest to 9.8 GB (issue 14 fuzz run).
    /// </summary>
    internal static string? StoredText(string? text) => text is null ? null : Extract.Statements.Snippet.Head(text);

    /// <summary>Deletes the document's rows from the raw tables named (each from the constant <see cref="Tables"/>).</summary>
    internal static void Delete(DuckDbConnection con, string sourceFile, IEnumerable<string> tables)
    {
        foreach (var table in tables)
            con.Execute(Sql.Load($"Load/Dml/delete_{table}.sql"), sourceFile);
    }

    /// <param name="isNew">No version of the file is loaded (only its rejections may be recorded): nothing else to delete.</param>
    public static void Replace(DuckDbConnection con, DocumentRows rows, Extraction x, string path, bool isNew)
    {
        var d = x.Document;
        con.Execute(Sql.Load("Load/Dml/bump_generation.sql"));
        if (!isNew) con.Execute(Sql.Load("Load/Dml/keep_version.sql"), d.SourceFile, "replaced");
        Delete(con, d.SourceFile, isNew ? ["findings"] : Tables);
        con.Execute(Sql.Load("Load/Dml/insert_document.sql"), d.SourceFile, d.Sha256, d.Kind, d.Issuer, d.Province,
            d.Year, d.Number, d.IssuedOn, d.Format, d.Bytes, path, DocumentReader.Version);
        for (var i = 0; i < x.Observations.Count; i++)
        {
            var o = x.Observations[i];
            rows.Observations.Row(d.SourceFile, i + 1, o.Unit, o.UnitKind, o.Province, o.Year, o.IndexCode, o.Criterion,
                o.CriterionAsWritten, Pct(o.ValuePct), o.Rank, o.RankOf, o.RankChange, Pct(o.ValueChange), o.IsDerived,
                o.Origin, o.Source.Line, o.Source.Text, o.Source.Page, Confidence(o.Source.OcrConfidence), o.Source.Note);
        }
        for (var i = 0; i < x.Targets.Count; i++)
        {
            var t = x.Targets[i];
            rows.Targets.Row(d.SourceFile, i + 1, t.Unit, t.UnitKind, t.Province, t.Year, t.IndexCode, t.Criterion,
                Pct(t.TargetPct), t.SetBy, t.Basis, t.Source.Line, t.Source.Text, t.Source.Page, Confidence(t.Source.OcrConfidence));
        }
        for (var i = 0; i < x.Tasks.Count; i++)
        {
            var t = x.Tasks[i];
            rows.Tasks.Row(d.SourceFile, i + 1, t.Unit, t.Province, t.PlanYear, t.IndexCode, t.Section,
                t.Criteria.ToArray(), t.Description, t.LeadUnit, t.Partners, t.Timeline, t.ExpectedResult,
                t.Source.Line, t.Source.Text);
        }
        foreach (var f in x.Findings)
            rows.Findings.Row(d.SourceFile, d.Sha256, f.Line, f.Severity, f.Message, StoredText(f.Text), false, path, DateTime.UtcNow);
    }
}
