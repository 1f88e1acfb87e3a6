namespace Analytics.Pipeline.Analyze.Classify;

/// <summary>A task as the classifier sees it: its text and the specific criteria its document states (empty: none).</summary>
public sealed record TaskText(string SourceFile, int Seq, string Text, IReadOnlyList<string> Stated);

/// <summary>A criterion a task is predicted to serve, by "model" (Confidence 0–1) or "rules" (no confidence).</summary>
public sealed record TaskLink(string SourceFile, int Seq, string Criterion, string Method, double? Confidence);

/// <summary>How one method did for one criterion over the held-out tasks of a grouped cross-validation.</summary>
public sealed record CriterionScore(string IndexCode, string Criterion, string Method, int Folds, int Support, int Tp, int Fp,
    int Fn)
{
    public double? Precision => Tp + Fp == 0 ? null : (double)Tp / (Tp + Fp);
    public double? Recall => Support == 0 ? null : (double)Tp / Support;
    public double F1 => 2 * Tp + Fp + Fn == 0 ? 0 : 2.0 * Tp / (2 * Tp + Fp + Fn);
}

/// <summary>What one refresh did for an index: whether it retrained, on how many labelled tasks of how many documents,
/// how many links it predicted, and the training (cross-validation included) and prediction times. Measured: the labelled
/// tasks come from enough documents to cross-validate grouped by document (else no model is trained or used).</summary>
public sealed record ClassifierRun(string IndexCode, bool Retrained, int Labelled, int Documents, int Links, long TrainMs,
    long PredictMs, bool Measured = true);

/// <summary>The stored model of an index: how many labelled tasks of how many documents it was trained on, whether a model
/// exists (none when they could not be cross-validated), and how many criteria were scored.</summary>
public sealed record ModelState(string IndexCode, int Tasks, int Documents, bool HasModel, int ScoredCriteria);
