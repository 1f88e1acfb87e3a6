using Analytics.Pipeline.Store;

namespace Analytics.Pipeline.Export.Parquet;

/// <summary>One relation written as Parquet: its folder and the number of rows DuckDB wrote.</summary>
public sealed record ParquetTable(string Relation, string Folder, long Rows);

/// <summary>
/// Writes the database's observations, targets, tasks, documents and analytic views as Parquet, partitioned by year and
/// province (DuckDB `COPY … TO … (FORMAT PARQUET, PARTITION_BY (year, province))`), one folder per relation:
/// OUT/observations/year=2024/province=Kh%C3%A1nh%20H%C3%B2a/data_0.parquet. Spark, Trino or DuckDB read them back
/// with hive partitioning. One .sql file per relation in Export/Parquet/, named after it.
/// </summary>
public static class ParquetExport
{
    private const string Folder = "Export/Parquet/";

    public static IReadOnlyList<string> Relations { get; } =
        Sql.Names(Folder).Select(n => Path.GetFileNameWithoutExtension(n)).ToList();

    public static IReadOnlyList<ParquetTable> Write(DuckDbConnection con, string outDir)
    {
        var root = CheckedFolder(outDir);
        return Relations.Select(relation =>
        {
            var folder = Path.Combine(root, relation);
            // DuckDB accepts COPY's target as a prepared-statement parameter, so the path is bound ($1), never spliced
            // into the SQL text. OVERWRITE replaces this relation's folder from an earlier export, and nothing else.
            var rows = con.Execute(Sql.Load($"{Folder}{relation}.sql"), folder);
            return new ParquetTable(relation, folder, rows);
        }).ToList();
    }

    /// <summary>The output folder as a full path, created; refused when it is a file or the filesystem root.</summary>
    public static string CheckedFolder(string outDir)
    {
        if (string.IsNullOrWhiteSpace(outDir)) throw new ArgumentException("--out: give the folder to write the Parquet files into");
        var full = Path.GetFullPath(outDir);
        if (File.Exists(full)) throw new ArgumentException($"--out {outDir}: is a file, not a folder");
        if (Path.GetPathRoot(full) == full) throw new ArgumentException($"--out {outDir}: refusing to write into the filesystem root");
        return Directory.CreateDirectory(full).FullName;
    }
}
