using Analytics.Pipeline.Analyze;
using Analytics.Pipeline.Load;
using Analytics.Pipeline.Sequence;
using Analytics.Pipeline.Store;

namespace Analytics.Tests.Analyze;

/// <summary>
/// A fresh in-memory database with the product's schema, and terse ways to put given rows in it. Rows go straight into
/// the raw tables, so the stored analytics are rebuilt (as an ingest would) before the connection is next used to read.
/// </summary>
public sealed class GivenDb : IDisposable
{
    private readonly DuckDb _db = Stages.OpenForWrite(":memory:");
    private readonly DuckDbConnection _con;
    private bool _given;

    public GivenDb() => _con = _db.Connect();

    public DuckDbConnection Con
    {
        get
        {
            if (_given) StoredAnalytics.Refresh(_con, force: true);
            _given = false;
            return _con;
        }
    }

    private DuckDbConnection Given()
    {
        _given = true;
        return _con;
    }

    public GivenDb Doc(string file, int year, string? issuedOn = null)
    {
        Given().Execute("INSERT INTO raw_documents (source_file, sha256, kind, year, issued_on, format, bytes, path) VALUES ($1, 'x', 'plan', $2, CAST($3 AS DATE), 'txt', 1, $1)",
            file, year, issuedOn);
        return this;
    }

    /// <summary>A document as its heading states it (kind, issuer, year, number, date): what a footnote names it by.</summary>
    public GivenDb Document(string file, string kind, string? issuer, int? year, string? number, DateOnly? issuedOn)
    {
        Given().Execute("INSERT INTO raw_documents (source_file, sha256, kind, issuer, province, year, number, issued_on, format, bytes, path) VALUES ($1, 'x', $2, $3, 'Khánh Hòa', $4, $5, $6, 'txt', 1, $1)",
            file, kind, issuer, year, number, issuedOn);
        return this;
    }

    /// <summary>A figure: unit (department unless kind given) in Khánh Hòa, SIPAS.</summary>
    public GivenDb Obs(string file, string unit, int year, string criterion, decimal? value, int? rank = null, int? rankOf = null,
        int? rankChange = null, decimal? valueChange = null, bool derived = false, string origin = "plan_body",
        int line = 1, string kind = "department", string? province = "Khánh Hòa", string index = "SIPAS")
    {
        Given().Execute("INSERT INTO raw_observations VALUES ($1, 1, $2, $3, $4, $5, $6, $7, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, NULL, NULL, NULL)",
            file, unit, kind, province, year, index, criterion, value, rank, rankOf, rankChange, valueChange, derived, origin, line, $"{file}:{line}");
        return this;
    }

    public GivenDb Target(string file, string unit, int year, string criterion, decimal target, string setBy = "plan",
        string kind = "department", string? province = "Khánh Hòa", int line = 1)
    {
        Given().Execute("INSERT INTO raw_targets VALUES ($1, 1, $2, $3, $4, $5, 'SIPAS', $6, $7, $8, NULL, $9, 'target', NULL, NULL)",
            file, unit, kind, province, year, criterion, target, setBy, line);
        return this;
    }

    /// <summary>A plan task of a unit in Khánh Hòa (SIPAS unless index given) for the criteria named.</summary>
    public GivenDb Task(string file, string unit, int planYear, string[] criteria, string description, string index = "SIPAS",
        string? province = "Khánh Hòa", int line = 1)
    {
        Given().Execute("INSERT INTO raw_tasks (source_file, seq, unit, province, plan_year, index_code, criteria, description, source_line, source_text) "
            + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $2, $8)", file, line, unit, province, planYear, index, criteria, description);
        return this;
    }

    public void Dispose()
    {
        _con.Dispose();
        _db.Dispose();
    }
}
