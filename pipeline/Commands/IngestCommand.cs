using Analytics.Pipeline.Sequence;
using System.CommandLine;
using Analytics.Pipeline.Analyze;
using Analytics.Pipeline.Extract.Results;
using Analytics.Pipeline.Glossary;
using Analytics.Pipeline.Load;

namespace Analytics.Pipeline.Commands;

/// <summary>`ingest PATH... --db FILE`: reads plan documents and results tables into DuckDB, then runs the data checks.</summary>
public static class IngestCommand
{
    /// <summary>
    /// Keeps the whole ingest process under 500 MB at full national scale (12,000 documents: 454 MB measured, against
    /// 666 MB with DuckDB's default of 80% of RAM), for about 10% more time (bench/README.md).
    /// </summary>
    public const string DefaultMemoryLimit = "128MB";

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders (read recursively)", Arity = ArgumentArity.OneOrMore };
        var db = CommonOptions.Db();
        var province = new Option<string?>("--province") { Description = "Province of documents that do not name it (results tables, plans, press reports)" };
        var issuer = new Option<string?>("--issuer") { Description = "Issuing unit of plans that do not name it (e.g. \"Sở Công Thương\")" };
        var year = new Option<int?>("--year") { Description = "Survey year of results tables whose title does not name it" };
        var batch = new Option<int>("--batch")
        {
            Description = "Documents written per transaction (1 = each in its own); a failed one never takes others with it",
            DefaultValueFactory = _ => Ingestor.BatchSize,
        };
        var memory = new Option<string>("--memory-limit")
        {
            Description = "DuckDB's memory limit during the ingest (e.g. 128MB, 1GB); work past it spills to disk",
            DefaultValueFactory = _ => DefaultMemoryLimit,
        };
        var command = new Command("ingest", "Ingest plan documents and published results into the database") { paths, db, province, issuer, year, batch, memory };
        command.SetAction(parse =>
        {
            var p = parse.GetValue(province);
            var i = parse.GetValue(issuer);
            var defaults = new ResultsDefaults(p is null ? null : Units.MatchProvince(p) ?? p, parse.GetValue(year),
                Issuer: i is null ? null : Units.MatchUnit(i) ?? i);
            return Run(parse.GetValue(paths)!, parse.GetValue(db)!, Console.Out, defaults, parse.GetValue(batch), parse.GetValue(memory));
        });
        return command;
    }

    /// <returns>0 when every document loaded and every data check passed; 1 when a document failed; 3 when a check failed.</returns>
    public static int Run(IEnumerable<string> paths, string dbPath, TextWriter output, ResultsDefaults? defaults = null,
        int batchSize = Ingestor.BatchSize, string? memoryLimit = DefaultMemoryLimit)
    {
        using var duck = Stages.OpenForWrite(dbPath, memoryLimit);
        using var con = duck.Connect();
        var tally = new IngestTally();
        foreach (var outcome in Stages.Ingest(con, paths, defaults, batchSize))
        {
            output.WriteLine(IngestPrinter.Line(outcome));
            tally.Add(outcome); // counts only: the extractions are not kept
        }
        var checks = DataChecks.Run(con);
        IngestPrinter.Summary(output, tally, checks);
        return tally.Failures.Count > 0 ? 1 : checks.Count > 0 ? 3 : 0;
    }
}
