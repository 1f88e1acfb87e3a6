using System.CommandLine;
using Analytics.Pipeline.Analyze;
using Analytics.Pipeline.Load;

namespace Analytics.Pipeline.Commands;

/// <summary>`ingest PATH... --db FILE`: reads plan documents and results tables into DuckDB, then runs the data checks.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders (read recursively)", Arity = ArgumentArity.OneOrMore };
        var db = CommonOptions.Db();
        var command = new Command("ingest", "Ingest plan documents and published results into the database") { paths, db };
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(db)!, Console.Out));
        return command;
    }

    /// <returns>0 when every document loaded and every data check passed; 1 when a document failed; 3 when a check failed.</returns>
    public static int Run(IEnumerable<string> paths, string dbPath, TextWriter output)
    {
        using var duck = Database.OpenForWrite(dbPath);
        using var con = duck.Connect();
        var outcomes = new List<IngestOutcome>();
        foreach (var outcome in Ingestor.IngestPaths(con, paths))
        {
            output.WriteLine(IngestPrinter.Line(outcome));
            outcomes.Add(outcome);
        }
        var checks = DataChecks.Run(con);
        IngestPrinter.Summary(output, outcomes, checks);
        return outcomes.Any(o => o.Failed) ? 1 : checks.Count > 0 ? 3 : 0;
    }
}
