using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace Analytics.Pipeline.Analyze.Classify;

/// <summary>
/// The ML.NET text classifier: the task's words (uni- and bigrams, diacritics kept) and character trigrams, then a
/// multiclass maximum-entropy trainer (L-BFGS, one thread, seeded: the same tasks give the same model). A task may serve
/// several criteria: it gets the <see cref="TopK"/> most likely ones whose probability reaches <see cref="Threshold"/>.
/// </summary>
public sealed class CriterionModel
{
    public const int Seed = 20261202;
    public const float Threshold = 0.35f;
    public const int TopK = 2;

    /// <summary>Changes whenever the features, trainer or decision rule change, so stored models are retrained.</summary>
    public const string Version = "words1-2+chars3/lbfgs-maxent/t0.35/k2";

    private readonly ITransformer _model;
    private readonly string[] _classes;

    private CriterionModel(ITransformer model, string[] classes) => (_model, _classes) = (model, classes);

    public IReadOnlyList<string> Classes => _classes;

    /// <summary>L-BFGS iterations at most per training (see bench/README.md, classifier).</summary>
    public const int MaxIterations = 30;

    public static CriterionModel Train(IReadOnlyList<TaskText> labelled)
    {
        var ml = new MLContext(Seed);
        var data = TaskTexts.Training(labelled);
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label", "criterion")
            .Append(ml.Transforms.Text.FeaturizeText("Features", Featurizer(), "text"))
            .AppendCacheCheckpoint(ml)
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                NumberOfThreads = 1, L2Regularization = 0.01f, L1Regularization = 0f,
                // Bounded: unbounded, L-BFGS ran to its default tolerance, and 963 tasks took 208 s (cross-validation
                // included) at the end of an ingest of the sample database; a 1,100-document ingest did not end in 26 min.
                MaximumNumberOfIterations = MaxIterations,
            }));
        var model = pipeline.Fit(data);
        return new CriterionModel(model, ClassesOf(model.Transform(data).Schema));
    }

    /// <summary>Per text, the criteria it is predicted to serve with their probability, most likely first.</summary>
    public IReadOnlyList<IReadOnlyList<(string Criterion, double Confidence)>> Predict(IReadOnlyList<string> texts)
    {
        if (texts.Count == 0) return [];
        var scored = _model.Transform(TaskTexts.Texts(texts));
        return scored.GetColumn<VBuffer<float>>("Score").Select(s => (IReadOnlyList<(string, double)>)s.DenseValues()
                .Select((p, i) => (Criterion: _classes[i], Confidence: (double)p))
                .OrderByDescending(p => p.Confidence).ThenBy(p => p.Criterion, StringComparer.Ordinal)
                .Take(TopK).Where(p => p.Confidence >= Threshold).ToList())
            .ToList();
    }

    public string ToBase64()
    {
        var ml = new MLContext(Seed);
        using var stream = new MemoryStream();
        ml.Model.Save(_model, ((IDataView)TaskTexts.Texts([""])).Schema, stream);
        return Convert.ToBase64String(stream.ToArray());
    }

    public static CriterionModel FromBase64(string base64)
    {
        var ml = new MLContext(Seed);
        using var stream = new MemoryStream(Convert.FromBase64String(base64));
        var model = ml.Model.Load(stream, out _);
        return new CriterionModel(model, ClassesOf(model.GetOutputSchema(((IDataView)TaskTexts.Texts([""])).Schema)));
    }

    private static TextFeaturizingEstimator.Options Featurizer() => new()
    {
        CaseMode = TextNormalizingEstimator.CaseMode.Lower,
        KeepDiacritics = true, KeepPunctuations = false, KeepNumbers = false,
        StopWordsRemoverOptions = null,
        WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
        CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = false },
        Norm = TextFeaturizingEstimator.NormFunction.L2,
    };

    private static string[] ClassesOf(DataViewSchema schema)
    {
        VBuffer<ReadOnlyMemory<char>> names = default;
        schema["Score"].GetSlotNames(ref names);
        return names.DenseValues().Select(n => n.ToString()).ToArray();
    }
}
