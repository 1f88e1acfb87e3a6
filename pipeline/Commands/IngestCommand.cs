using System.CommandLine;
using Analytics.Pipeline.Analyze;
using Analytics.Pipeline.Extract.Results;
using Analytics.Pipeline.Glossary;
using Analytics.Pipeline.Load;

namespace Analytics.Pipeline.Commands;

/// <summary>`ingest PATH... --db FILE`: reads plan documents and results tables into DuckDB, then runs the data checks.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders (read recursively)", Arity = ArgumentArity.OneOrMore };
        var db = CommonOptions.Db();
        var province = new Option<string?>("--province") { Description = "Province of results tables whose title does not name it" };
        var year = new Option<int?>("--year") { Description = "Survey year of results tables whose title does not name it" };
        var command = new Command("ingest", "Ingest plan documents and published results into the database") { paths, db, province, year };
        command.SetAction(parse =>
        {
            var p = parse.GetValue(province);
            var defaults = new ResultsDefaults(p is null ? null : Units.MatchProvince(p) ?? p, parse.GetValue(year));
            return Run(parse.GetValue(paths)!, parse.GetValue(db)!, Console.Out, defaults);
        });
        return command;
    }

    /// <returns>0 when every document loaded and every data check passed; 1 when a document failed; 3 when a check failed.</returns>
    public static int Run(IEnumerable<string> paths, string dbPath, TextWriter output, ResultsDefaults? defaults = null)
    {
        using var duck = Database.OpenForWrite(dbPath);
        using var con = duck.Connect();
        var outcomes = new List<IngestOutcome>();
        foreach (var outcome in Ingestor.IngestPaths(con, paths, defaults))
        {
            output.WriteLine(IngestPrinter.Line(outcome));
            outcomes.Add(outcome);
        }
        var checks = DataChecks.Run(con);
        IngestPrinter.Summary(output, outcomes, checks);
        return outcomes.Any(o => o.Failed) ? 1 : checks.Count > 0 ? 3 : 0;
    }
}
