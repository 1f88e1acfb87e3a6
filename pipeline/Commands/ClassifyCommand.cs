using Analytics.Pipeline.Sequence;
using System.CommandLine;
using System.Globalization;
using Analytics.Pipeline.Analyze.Classify;
using Analytics.Pipeline.Load;
using Analytics.Pipeline.Store;

namespace Analytics.Pipeline.Commands;

/// <summary>
/// `classify --db FILE [--retrain]`: brings the task classifier up to date (an ingest does this too) and prints its
/// cross-validation next to the keyword rules, per criterion, and the links it predicts.
/// </summary>
public static class ClassifyCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var retrain = new Option<bool>("--retrain") { Description = "Retrain even when the labelled tasks did not change" };
        var command = new Command("classify", "Link tasks to criteria (ML.NET, cross-validated against the keyword rules)")
            { db, retrain };
        command.SetAction(parse => Run(parse.GetValue(db)!, parse.GetValue(retrain), Console.Out, Console.Error));
        return command;
    }

    /// <returns>0 when done; 2 for a database error.</returns>
    public static int Run(string dbPath, bool retrain, TextWriter output, TextWriter errors)
    {
        try
        {
            using var duck = Stages.OpenForWrite(dbPath);
            using var con = duck.Connect();
            foreach (var run in TaskLinks.Refresh(con, retrain)) output.WriteLine(Describe(run));
            Print(con, output);
            return 0;
        }
        catch (DuckDbException e)
        {
            errors.WriteLine($"classify: {e.Message}");
            return 2;
        }
    }

    private static string Describe(ClassifierRun run) => run.Measured
        ? $"{run.IndexCode}: {(run.Retrained ? "trained" : "model kept")} on {run.Labelled} labelled tasks of {run.Documents} documents "
            + $"in {run.TrainMs} ms (cross-validation included); {run.Links} links predicted in {run.PredictMs} ms"
        : $"{run.IndexCode}: {run.Labelled} labelled tasks of {run.Documents} document{(run.Documents == 1 ? "" : "s")}: "
            + $"{NotMeasured}; {run.Links} links ({run.TrainMs + run.PredictMs} ms)";

    /// <summary>Why an index has no scores: its labelled tasks come from fewer documents than grouped folds need.</summary>
    private static readonly string NotMeasured = $"not cross-validated (folds grouped by document need {CrossValidation.MinDocuments} "
        + "documents), so no model is trained and neither the model nor the rules link";

    private static void Print(DuckDbConnection con, TextWriter output)
    {
        output.WriteLine("index      criterion               folds support | rules P    R   | model P    R   | links by");
        con.Query(Sql.Load("Analyze/Classify/scores.sql"), r =>
        {
            output.WriteLine($"{r.String("index_code"),-10} {r.String("criterion"),-23} {r.Int("folds"),5} {r.Int("support"),7} | "
                + $"{Pct(r.Double("rules_precision"))} {Pct(r.Double("rules_recall"))} | "
                + $"{Pct(r.Double("model_precision"))} {Pct(r.Double("model_recall"))} | {r.String("linked_by") ?? "none"}");
            return 0;
        });
        foreach (var m in TaskLinks.Models(con).Where(m => m.ScoredCriteria == 0))
            output.WriteLine($"{m.IndexCode,-10} not measured: {m.Tasks} labelled tasks of {m.Documents} document"
                + $"{(m.Documents == 1 ? "" : "s")}, {NotMeasured}");
        con.Query(Sql.Load("Analyze/Classify/link_counts.sql"), r =>
        {
            output.WriteLine($"links {r.String("index_code")} {r.String("criterion")} by {r.String("method")}: {r.Long("links")} of "
                + $"{r.Long("open_tasks")} tasks stating no criterion" + (r.Double("mean_confidence") is { } m ? $", mean confidence {m:0.00}" : ""));
            return 0;
        });
    }

    private static string Pct(double? v) => v is { } x ? (x * 100).ToString("0.0", CultureInfo.InvariantCulture).PadLeft(5) + "%" : "    – ";
}
