using System.Diagnostics;
using Analytics.Pipeline.Store;

namespace Analytics.Pipeline.Analyze.Classify;

/// <summary>
/// Links tasks to the criteria they serve where their document states none. Per index: when the labelled tasks (those
/// whose document states a criterion) changed since the stored model was trained, cross-validates, retrains and stores
/// the model with the generation and the hash of what it learnt from; whenever the data generation moved, predicts again.
/// For each criterion the link comes from the model where it beat the keyword rules by cross-validation, else from the
/// rules. A criterion the document states is never replaced: only tasks stating none of their index's criteria get links.
/// An index whose labelled tasks come from one document (PAR INDEX on the seeds) cannot be cross-validated by document:
/// it gets no scores, no model and no links, and says so.
/// </summary>
public static class TaskLinks
{
    public static readonly IReadOnlyList<string> Indices = ["SIPAS", "PAR_INDEX"];

    /// <summary>Brings models and links up to date; the runs that did any work (none when nothing changed). With
    /// <paramref name="train"/> false (a one-file upload, which must answer quickly) the stored model predicts and the
    /// retraining waits for the next ingest of many files or `classify`; <paramref name="force"/> retrains regardless.</summary>
    public static IReadOnlyList<ClassifierRun> Refresh(DuckDbConnection con, bool force = false, bool train = true) =>
        Indices.Select(i => RefreshIndex(con, i, force, train)).OfType<ClassifierRun>().ToList();

    private static ClassifierRun? RefreshIndex(DuckDbConnection con, string index, bool force, bool train)
    {
        var state = con.Query(Sql.Load("Analyze/Classify/training_state.sql"), r => (Generation: r.Long("generation")!.Value,
            Hash: r.String("training_hash")!, Tasks: r.Long("tasks")!.Value, ModelHash: r.String("model_hash"),
            Linked: r.Long("linked_generation")), index, CriterionModel.Version)[0];
        var retrain = force || state.Hash != state.ModelHash;
        if (state.Tasks == 0 || !train) retrain = false;
        if (!retrain && state.Linked == state.Generation) return null;
        if (state.Tasks == 0 && state.ModelHash is null) return null;
        var tasks = TaskTexts.Rows(TaskTexts.Load(con, index));
        var labelled = tasks.Where(t => t.Stated.Count > 0).ToList();
        var clock = Stopwatch.StartNew();
        var documents = labelled.Select(t => t.SourceFile).Distinct().Count();
        if (retrain) Train(con, index, state.Generation, state.Hash, labelled, documents);
        var trainMs = clock.ElapsedMilliseconds;
        clock.Restart();
        var links = Predict(index, tasks.Where(t => t.Stated.Count == 0).ToList(), Stored(con, index), Methods(con, index));
        var predictMs = clock.ElapsedMilliseconds;
        con.Transaction(c =>
        {
            c.Execute(Sql.Load("Analyze/Classify/delete_links.sql"), index);
            foreach (var l in links)
                c.Execute(Sql.Load("Analyze/Classify/insert_link.sql"), l.SourceFile, l.Seq, l.Criterion, l.Method, l.Confidence,
                    state.Generation);
            c.Execute(Sql.Load("Analyze/Classify/mark_linked.sql"), index, state.Generation);
        });
        return new ClassifierRun(index, retrain, labelled.Count, documents, links.Count, trainMs, predictMs,
            CrossValidation.CanMeasure(documents));
    }

    /// <summary>Cross-validates, trains on every labelled task and stores both, in one transaction. Where the
    /// cross-validation cannot measure a model (one document), none is trained: the stored row keeps the hash and counts
    /// with an empty model, and nothing is linked.</summary>
    private static void Train(DuckDbConnection con, string index, long generation, string hash, IReadOnlyList<TaskText> labelled,
        int documents)
    {
        var scores = CrossValidation.Run(index, labelled);
        var model = CrossValidation.CanMeasure(documents) && labelled.SelectMany(t => t.Stated).Distinct().Count() >= 2
            ? CriterionModel.Train(labelled) : null;
        var methods = CrossValidation.Methods(scores);
        con.Transaction(c =>
        {
            c.Execute(Sql.Load("Analyze/Classify/delete_model.sql"), index);
            c.Execute(Sql.Load("Analyze/Classify/delete_scores.sql"), index);
            c.Execute(Sql.Load("Analyze/Classify/insert_model.sql"), index, generation, hash, labelled.Count, documents, 0L,
                model?.ToBase64() ?? "");
            foreach (var s in scores)
                c.Execute(Sql.Load("Analyze/Classify/insert_score.sql"), index, s.Criterion, s.Method, s.Folds, s.Support, s.Tp,
                    s.Fp, s.Fn, s.Precision, s.Recall, s.F1, methods.GetValueOrDefault(s.Criterion) == s.Method);
        });
    }

    /// <summary>The stored model row of every index, with how many criteria its cross-validation scored.</summary>
    public static IReadOnlyList<ModelState> Models(DuckDbConnection con) =>
        con.Query(Sql.Load("Analyze/Classify/model_state.sql"), r => new ModelState(r.String("index_code")!, r.Int("tasks")!.Value,
            r.Int("documents")!.Value, r.Bool("has_model") ?? false, (int)(r.Long("scored_criteria") ?? 0)));

    /// <summary>Per criterion the method that links it ("model" or "rules"), from the stored cross-validation.</summary>
    private static IReadOnlyDictionary<string, string> Methods(DuckDbConnection con, string index) =>
        con.Query(Sql.Load("Analyze/Classify/model_criteria.sql"), r => (Criterion: r.String("criterion")!, Method: r.String("method")),
                index)
            .Where(c => c.Method is not null).ToDictionary(c => c.Criterion, c => c.Method!, StringComparer.Ordinal);

    private static CriterionModel? Stored(DuckDbConnection con, string index) =>
        con.Scalar<string>(Sql.Load("Analyze/Classify/model_text.sql"), index) is { Length: > 0 } text
            ? CriterionModel.FromBase64(text) : null;

    /// <summary>Per criterion the links of the method chosen for it (see <see cref="CrossValidation.Methods"/>).</summary>
    public static IReadOnlyList<TaskLink> Predict(string index, IReadOnlyList<TaskText> open, CriterionModel? model,
        IReadOnlyDictionary<string, string> methods)
    {
        var predicted = model?.Predict(open.Select(t => t.Text).ToList());
        var links = new List<TaskLink>();
        for (var i = 0; i < open.Count; i++)
        {
            var t = open[i];
            if (predicted is not null)
                links.AddRange(predicted[i].Where(p => methods.GetValueOrDefault(p.Criterion) == "model")
                    .Select(p => new TaskLink(t.SourceFile, t.Seq, p.Criterion, "model", Math.Round(p.Confidence, 4))));
            links.AddRange(KeywordRules.Criteria(t.Text, index).Where(c => methods.GetValueOrDefault(c) == "rules")
                .Select(c => new TaskLink(t.SourceFile, t.Seq, c, "rules", null)));
        }
        return links;
    }
}
