namespace Analytics.Pipeline.Analyze.Classify;

/// <summary>
/// k-fold cross-validation grouped by document (a plan's tasks are never split between training and held-out folds):
/// documents in name order go to folds 0, 1, …, k−1 in turn, k = min(<see cref="MaxFolds"/>, documents). For every
/// held-out task the model trained on the other folds and the keyword rules each give criteria; per criterion they are
/// counted against the criteria the document states. The model is used for a criterion only where its F1 beats the rules'.
/// Past <see cref="MaxTasks"/> labelled tasks it measures on a spread of whole documents holding about that many (every
/// s-th document in name order), so its cost stays bounded while the final model still learns from every task.
/// </summary>
public static class CrossValidation
{
    public const int MaxFolds = 5;

    /// <summary>Labelled tasks measured at most (about: whole documents are kept). Each fold's fit grows with the tasks,
    /// so the measure is bounded here; it then scores a model trained on that share (the final model learns from all).</summary>
    public const int MaxTasks = 2000;

    /// <summary>Folds grouped by document need two documents: with one, every fold would hold out the whole training
    /// set (or none of it), so nothing can be measured and the model is neither scored, trained nor used.</summary>
    public const int MinDocuments = 2;

    public static bool CanMeasure(int documents) => documents >= MinDocuments;

    /// <summary>The scores, or none when <see cref="CanMeasure"/> is false (never a score made up from one document).</summary>
    public static IReadOnlyList<CriterionScore> Run(string indexCode, IReadOnlyList<TaskText> labelled)
    {
        var documents = labelled.Select(t => t.SourceFile).Distinct().Order(StringComparer.Ordinal).ToList();
        if (!CanMeasure(documents.Count)) return [];
        (documents, labelled) = Spread(documents, labelled);
        var folds = Math.Min(MaxFolds, documents.Count);
        var foldOf = documents.Select((d, i) => (d, i % folds)).ToDictionary(p => p.d, p => p.Item2, StringComparer.Ordinal);
        var model = new Dictionary<string, int[]>(StringComparer.Ordinal); // criterion → tp, fp, fn
        var rules = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (var fold = 0; fold < folds; fold++)
        {
            var train = labelled.Where(t => foldOf[t.SourceFile] != fold).ToList();
            var held = labelled.Where(t => foldOf[t.SourceFile] == fold).ToList();
            var predicted = Predictor(train)(held.Select(t => t.Text).ToList());
            for (var i = 0; i < held.Count; i++)
            {
                Count(model, held[i].Stated, predicted[i]);
                Count(rules, held[i].Stated, KeywordRules.Criteria(held[i].Text, indexCode));
            }
        }
        return model.Keys.Union(rules.Keys).Order(StringComparer.Ordinal).SelectMany(c =>
        {
            var m = Score(indexCode, c, "model", folds, model);
            var r = Score(indexCode, c, "rules", folds, rules);
            return new[] { m, r };
        }).ToList();
    }

    /// <summary>Every s-th document (name order) when the labelled tasks pass <see cref="MaxTasks"/>, s the ratio
    /// rounded up; all of them when that would leave too few to measure.</summary>
    public static (List<string> Documents, IReadOnlyList<TaskText> Labelled) Spread(List<string> documents, IReadOnlyList<TaskText> labelled)
    {
        var stride = (labelled.Count + MaxTasks - 1) / MaxTasks;
        if (stride <= 1) return (documents, labelled);
        var kept = documents.Where((_, i) => i % stride == 0).ToList();
        if (!CanMeasure(kept.Count)) return (documents, labelled);
        var set = kept.ToHashSet(StringComparer.Ordinal);
        return (kept, labelled.Where(t => set.Contains(t.SourceFile)).ToList());
    }

    /// <summary>A method links a criterion only when at least this share of its cross-validated links were right.</summary>
    public const double MinPrecision = 0.5;

    /// <summary>Per criterion the method that links it: the model where its F1 beats the rules', else the rules; none
    /// when the chosen method's precision is under <see cref="MinPrecision"/>.</summary>
    public static IReadOnlyDictionary<string, string> Methods(IEnumerable<CriterionScore> scores) =>
        scores.GroupBy(s => s.Criterion).Select(g =>
            {
                var model = g.Single(s => s.Method == "model");
                var rules = g.Single(s => s.Method == "rules");
                var chosen = model.F1 > rules.F1 ? model : rules;
                return chosen.Precision >= MinPrecision ? (g.Key, chosen.Method) : (g.Key, Method: (string?)null);
            })
            .Where(p => p.Method is not null).ToDictionary(p => p.Key, p => p.Method!, StringComparer.Ordinal);

    private static Func<IReadOnlyList<string>, IReadOnlyList<IReadOnlyList<string>>> Predictor(IReadOnlyList<TaskText> train)
    {
        if (train.SelectMany(t => t.Stated).Distinct().Count() < 2) return texts => texts.Select(_ => (IReadOnlyList<string>)[]).ToList();
        var trained = CriterionModel.Train(train);
        return texts => trained.Predict(texts).Select(p => (IReadOnlyList<string>)p.Select(x => x.Criterion).ToList()).ToList();
    }

    private static void Count(Dictionary<string, int[]> counts, IReadOnlyList<string> stated, IReadOnlyList<string> predicted)
    {
        foreach (var c in stated.Union(predicted))
        {
            if (!counts.TryGetValue(c, out var n)) counts[c] = n = new int[3];
            if (stated.Contains(c) && predicted.Contains(c)) n[0]++;
            else if (predicted.Contains(c)) n[1]++;
            else n[2]++;
        }
    }

    private static CriterionScore Score(string index, string criterion, string method, int folds, Dictionary<string, int[]> counts)
    {
        var n = counts.GetValueOrDefault(criterion) ?? new int[3];
        return new CriterionScore(index, criterion, method, folds, n[0] + n[2], n[0], n[1], n[2]);
    }
}
