using Analytics.Pipeline.Sequence;
using System.Diagnostics;
using Analytics.Pipeline.Analyze.Classify;
using Analytics.Pipeline.Load;

namespace Analytics.Bench.Harness;

/// <summary>What the task classifier costs on a database: training (cross-validation and the final fit, cold then warm),
/// prediction per task next to the keyword rules on the same texts, a forced refresh, the stored model's size.</summary>
public sealed record ClassifierRun(int Labelled, int Documents, int Tasks, double ColdCvSeconds, double ColdTrainSeconds,
    List<double> WarmCvSeconds, List<double> WarmTrainSeconds, int PredictedTexts, double PredictSeconds, double RulesSeconds,
    double RefreshSeconds, long ModelBytes, long PeakRssKb);

public static class ClassifierJob
{
    public static ClassifierRun Run(string dbPath, int repetitions, int texts)
    {
        using var db = Stages.OpenForWrite(dbPath);
        using var con = db.Connect();
        var tasks = TaskTexts.Rows(TaskTexts.Load(con, "SIPAS"));
        var labelled = tasks.Where(t => t.Stated.Count > 0).ToList();
        var (coldCv, coldTrain) = (Time(() => CrossValidation.Run("SIPAS", labelled)), Time(() => CriterionModel.Train(labelled)));
        var warmCv = new List<double>();
        var warmTrain = new List<double>();
        for (var i = 0; i < repetitions; i++)
        {
            warmCv.Add(Time(() => CrossValidation.Run("SIPAS", labelled)));
            warmTrain.Add(Time(() => CriterionModel.Train(labelled)));
        }
        var model = CriterionModel.Train(labelled);
        var many = Enumerable.Range(0, texts).Select(i => tasks[i % tasks.Count].Text).ToList();
        model.Predict(many.Take(10).ToList());
        var predict = Time(() => model.Predict(many));
        var rules = Time(() => many.Select(t => KeywordRules.Criteria(t, "SIPAS")).ToList());
        var refresh = Time(() => TaskLinks.Refresh(con, force: true));
        return new ClassifierRun(labelled.Count, labelled.Select(t => t.SourceFile).Distinct().Count(), tasks.Count, coldCv, coldTrain,
            warmCv, warmTrain, many.Count, predict, rules, refresh, model.ToBase64().Length * 3L / 4, Machine.PeakRssKb());
    }

    private static double Time(Action work)
    {
        var clock = Stopwatch.StartNew();
        work();
        return clock.Elapsed.TotalSeconds;
    }
}
