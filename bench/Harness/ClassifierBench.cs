namespace Analytics.Bench.Harness;

/// <summary>The task classifier on the seeds and the real corpus (ingested first, as a user would): training and
/// prediction times, the keyword rules on the same texts as the reference.</summary>
public static class ClassifierBench
{
    public static void Run(Workspace w, int repetitions, int texts)
    {
        var r = w.Report;
        var db = w.Db("classifier");
        Workspace.DeleteDb(db);
        var root = Workspace.RepoRoot();
        var corpus = new[] { "seeds", "tests/Fixtures/corpus/dev", "tests/Fixtures/corpus/holdout" }.Select(p => Path.Combine(root, p));
        var (ingest, _) = Child.Run<IngestRun>(["child-ingest", .. corpus, "--db", db], TimeSpan.FromMinutes(30));
        var (run, _) = Child.Run<ClassifierRun>(["child-classifier", "--db", db, "--repetitions", $"{repetitions}", "--texts", $"{texts}"],
            TimeSpan.FromMinutes(30));
        r.Section("Task classifier (ML.NET)", $"seeds + tests/Fixtures/corpus (dev, holdout): {ingest.Loaded} documents loaded "
            + $"in {Report.N(ingest.Seconds)} s (the ingest trains the model); SIPAS: {run.Labelled} labelled tasks of "
            + $"{run.Documents} documents, {run.Tasks} tasks; {repetitions} warm repetitions");
        r.Row("cross-validation, cold (first, JIT)", Report.Ms(run.ColdCvSeconds));
        r.Row("final training, cold", Report.Ms(run.ColdTrainSeconds));
        r.Row("cross-validation, warm median", Report.Ms(Median(run.WarmCvSeconds)), Report.Ms(run.ColdCvSeconds),
            Report.Ratio(Median(run.WarmCvSeconds), run.ColdCvSeconds), "ref: cold");
        r.Row("final training, warm median", Report.Ms(Median(run.WarmTrainSeconds)), Report.Ms(run.ColdTrainSeconds),
            Report.Ratio(Median(run.WarmTrainSeconds), run.ColdTrainSeconds), "ref: cold");
        var perTask = run.PredictSeconds / run.PredictedTexts;
        var perRule = run.RulesSeconds / run.PredictedTexts;
        r.Row($"prediction per task ({run.PredictedTexts} texts)", $"{Report.N(perTask * 1e6)} µs", $"{Report.N(perRule * 1e6)} µs",
            Report.Ratio(perTask, perRule), "ref: keyword rules");
        r.Row("refresh, forced (read, CV, train, predict, write)", Report.Ms(run.RefreshSeconds));
        r.Row("stored model", $"{Report.N(run.ModelBytes / 1024.0)} KB");
        r.Row("peak memory of the classifier process", Report.Mb(run.PeakRssKb));
    }

    private static double Median(List<double> values) => values.Count == 0 ? double.NaN : values.Order().ElementAt(values.Count / 2);
}
