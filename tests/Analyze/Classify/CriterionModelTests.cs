using Analytics.Pipeline.Analyze.Classify;
using Analytics.Tests.Analyze;

namespace Analytics.Tests.Analyze.Classify;

/// <summary>The model the ingest of the seeds trained and stored, read back from the database.</summary>
public sealed class CriterionModelTests(SeedDatabase seeds) : IClassFixture<SeedDatabase>
{
    private (CriterionModel Model, IReadOnlyList<TaskText> Labelled) Stored()
    {
        using var con = seeds.Connect();
        var text = con.Scalar<string>("SELECT model_base64 FROM task_model WHERE index_code = 'SIPAS'")!;
        return (CriterionModel.FromBase64(text), TaskTexts.Rows(TaskTexts.Load(con, "SIPAS")).Where(t => t.Stated.Count > 0).ToList());
    }

    /// <summary>Each seed task whose document states one criterion: the model trained on it gives that criterion first.</summary>
    [Fact]
    public void Predict_SeedTaskStatingOneCriterion_ThatCriterionFirst()
    {
        var (model, labelled) = Stored();
        var single = labelled.Where(t => t.Stated.Count == 1).ToList();
        var predicted = model.Predict(single.Select(t => t.Text).ToList());
        var first = single.Zip(predicted, (t, p) => (t.SourceFile, t.Seq, Stated: t.Stated[0], First: p.FirstOrDefault().Criterion));
        Assert.All(first, f => Assert.Equal(f.Stated, f.First));
    }

    [Fact]
    public void Predict_AtMostTopK_AboveThreshold_MostLikelyFirst()
    {
        var (model, labelled) = Stored();
        foreach (var p in model.Predict(labelled.Select(t => t.Text).Append("Bố trí ghế ngồi, nước uống tại bộ phận một cửa").ToList()))
        {
            Assert.InRange(p.Count, 0, CriterionModel.TopK);
            Assert.All(p, x => Assert.InRange(x.Confidence, CriterionModel.Threshold, 1.0));
            Assert.Equal(p.OrderByDescending(x => x.Confidence).ToList(), p);
        }
    }

    [Fact]
    public void Train_SameTasks_SameModelAndSavedModelPredictsTheSame()
    {
        var (stored, labelled) = Stored();
        var texts = labelled.Select(t => t.Text).ToList();
        var again = CriterionModel.Train(labelled);
        Assert.Equal(stored.Classes, again.Classes);
        Assert.Equal(stored.Predict(texts), again.Predict(texts));
        Assert.Equal(again.Predict(texts), CriterionModel.FromBase64(again.ToBase64()).Predict(texts));
    }
}
