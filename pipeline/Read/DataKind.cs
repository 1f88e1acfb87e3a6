using Analytics.Pipeline.Glossary;
using Analytics.Pipeline.Store;

namespace Analytics.Pipeline.Read;

/// <summary>What the database holds: real data, or the synthetic generator's sample (database_kind says 'sample'),
/// which everything made from it marks with <see cref="Mark"/>.</summary>
public sealed record DataKind(bool IsSample)
{
    public static readonly DataKind Real = new(false), Sample = new(true);

    /// <summary>"DỮ LIỆU MÔ PHỎNG — không phải số liệu thật" for the sample; null for real data (nothing added).</summary>
    public string? Mark => IsSample ? SampleText.Banner : null;

    /// <summary>Read once per consumer (the dashboard at start, a command when it opens the database).</summary>
    public static DataKind Read(DuckDbConnection con) =>
        con.Scalar<bool>(Sql.Load("Read/database_kind_table.sql"))
        && con.Query(Sql.Load("Read/database_kind.sql"), r => r.String(0)).Contains("sample") ? Sample : Real;
}
