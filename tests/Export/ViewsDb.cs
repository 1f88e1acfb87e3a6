using Analytics.Pipeline.Store;

namespace Analytics.Tests.Export;

/// <summary>A fresh in-memory database holding the analytic views as tables (Fixtures/charts/views.sql), and terse
/// ways to put given rows in them. Rows are Khánh Hòa, SIPAS, department unless told otherwise.</summary>
internal sealed class ViewsDb : IDisposable
{
    private readonly DuckDb _db = DuckDb.Open(DuckDb.InMemory);
    public DuckDbConnection Con { get; }

    public ViewsDb()
    {
        Con = _db.Connect();
        Con.ExecuteScript(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "charts", "views.sql")));
    }

    /// <summary>A value (gaps and trends), with its target when given.</summary>
    public ViewsDb Value(string unit, int year, string criterion, decimal value, decimal? target = null, string file = "f.txt",
        int line = 1, string kind = "department", string province = "Khánh Hòa")
    {
        Con.Execute("INSERT INTO gaps VALUES ($1, $2, $3, 'SIPAS', $4, $5, $6, 90 - $6, $7, $7 - $6, $6 >= 90, $6 >= $7, CASE WHEN $7 IS NOT NULL THEN $8 END, $8, $9, 'text')",
            unit, kind, province, criterion, year, value, target, file, line);
        Con.Execute("INSERT INTO trends VALUES ($1, $2, $3, 'SIPAS', $4, $5, $6, NULL, NULL, NULL, $7, $8, 'text', false)",
            unit, kind, province, criterion, year, value, file, line);
        return this;
    }

    public ViewsDb Rank(string unit, int year, string criterion, int rank, int rankOf, int? movement = null, string file = "f.txt",
        string kind = "department", string province = "Khánh Hòa")
    {
        Con.Execute("INSERT INTO rank_movements VALUES ($1, $2, $3, 'SIPAS', $4, $5, $6, $7, NULL, $8, NULL, NULL, $9, 1, 'text', false)",
            unit, kind, province, criterion, year, rank, rankOf, movement, file);
        return this;
    }

    public ViewsDb Peer(string unit, int year, string criterion, decimal value, decimal avg, decimal best, long n,
        string group = "province_departments", string province = "Khánh Hòa")
    {
        Con.Execute("INSERT INTO peer_comparison VALUES ($1, 'department', $2, 'SIPAS', $3, $4, $5, $6, $7, NULL, $8, 1, $9, 'f.txt', 1, 'text')",
            unit, province, criterion, year, value, avg, best, n, group);
        return this;
    }

    /// <summary>A loaded document (the documents view): what a footnote names it by.</summary>
    public ViewsDb Document(string file, string kind, string? issuer, int? year, string? number, DateOnly? issuedOn)
    {
        Con.Execute("INSERT INTO documents VALUES ($1, 'sha', $2, $3, 'Khánh Hòa', $4, $5, CAST($6 AS DATE))", file, kind, issuer, year, number,
            issuedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return this;
    }

    public ViewsDb Weak(string unit, int year, string criterion, decimal value, double severity, IEnumerable<string> reasons)
    {
        Con.Execute("INSERT INTO weak_criteria VALUES ($1, 'department', 'Khánh Hòa', 'SIPAS', $2, $3, $4, 90 - $4, NULL, NULL, $5, $6, 'f.txt', 1, 'text')",
            unit, year, criterion, value, reasons, severity);
        return this;
    }

    public void Dispose()
    {
        Con.Dispose();
        _db.Dispose();
    }

}
