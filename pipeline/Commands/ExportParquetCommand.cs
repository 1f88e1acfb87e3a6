using System.CommandLine;
using Analytics.Pipeline.Export.Parquet;
using Analytics.Pipeline.Load;
using Analytics.Pipeline.Store;

namespace Analytics.Pipeline.Commands;

/// <summary>`export-parquet --db FILE --out DIR`: the database as Parquet partitioned by year and province, for Spark or Trino.</summary>
public static class ExportParquetCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var output = new Option<string>("--out") { Description = "Folder for the Parquet files (one subfolder per relation)", Required = true };
        var command = new Command("export-parquet", "Write observations, targets, tasks and the analytic views as Parquet partitioned by year and province")
            { db, output };
        command.SetAction(parse => Run(parse.GetValue(db)!, parse.GetValue(output)!, Console.Out, Console.Error));
        return command;
    }

    /// <returns>0 when every relation was written; 2 for a bad argument or database error; 5 when the database cannot be opened.</returns>
    public static int Run(string dbPath, string outDir, TextWriter output, TextWriter errors)
    {
        try
        {
            using var duck = Database.OpenForRead(dbPath);
            using var con = duck.Connect();
            foreach (var table in ParquetExport.Write(con, outDir))
                output.WriteLine($"{table.Relation,-16} {table.Rows,9} rows  {table.Folder}");
            return 0;
        }
        catch (DatabaseUnavailable e)
        {
            errors.WriteLine("error: " + e.Message);
            return DatabaseUnavailable.ExitCode;
        }
        catch (Exception e) when (e is ArgumentException or FileNotFoundException or DuckDbException or IOException or UnauthorizedAccessException)
        {
            errors.WriteLine($"export-parquet: {e.Message}");
            return 2;
        }
    }
}
