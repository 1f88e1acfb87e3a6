using Analytics.Pipeline.Sequence;
using System.CommandLine;
using Analytics.Pipeline.Evaluate;
using Analytics.Pipeline.Load;

namespace Analytics.Pipeline.Commands;

/// <summary>
/// `eval DIR [--db FILE] [--min-recall R] [--min-precision P]`: ingests a corpus folder (documents with hand-written
/// facts files) into a scratch database and prints recall and precision against the facts.
/// </summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("dir") { Description = "Corpus folder: documents, each beside its <name>.facts.tsv" };
        var db = new Option<string?>("--db") { Description = "Database to ingest into (default: a scratch file, deleted after)" };
        var minRecall = new Option<decimal>("--min-recall") { Description = "Exit 4 when recall is below this percentage" };
        var minPrecision = new Option<decimal>("--min-precision") { Description = "Exit 4 when precision is below this percentage" };
        var command = new Command("eval", "Score the extraction against a corpus of real documents and their facts files")
            { dir, db, minRecall, minPrecision };
        command.SetAction(p => Run(p.GetValue(dir)!, p.GetValue(db), Console.Out, p.GetValue(minRecall), p.GetValue(minPrecision)));
        return command;
    }

    /// <returns>0; 2 when the folder or a facts file is malformed; 4 when a threshold is not met.</returns>
    public static int Run(string dir, string? dbPath, TextWriter output, decimal minRecall = 0, decimal minPrecision = 0)
    {
        if (!Directory.Exists(dir)) { output.WriteLine($"eval: no folder {dir}"); return 2; }
        var corpus = Evaluator.Find(dir);
        foreach (var problem in corpus.Problems) output.WriteLine($"FACTS {problem}");
        if (corpus.Problems.Count > 0) return 2;
        var scratch = dbPath is null ? Path.Combine(Path.GetTempPath(), $"analytics-eval-{Guid.NewGuid():N}.duckdb") : null;
        try
        {
            EvalTotals totals;
            using (var duck = Stages.OpenForWrite(dbPath ?? scratch!, IngestCommand.DefaultMemoryLimit))
            using (var con = duck.Connect())
                totals = EvalReport.Print(output, Evaluator.Run(corpus, con));
            return totals.Recall < minRecall || totals.Precision < minPrecision ? 4 : 0;
        }
        finally
        {
            if (scratch is not null) foreach (var f in new[] { scratch, scratch + ".wal" }) File.Delete(f);
        }
    }
}
