using Analytics.Pipeline.Analyze.Classify;
using Analytics.Tests.Analyze;

namespace Analytics.Tests.Analyze.Classify;

/// <summary>The classifier's cross-validation on the seeds (trained by the ingest), checked against counts the test makes
/// from the labelled tasks themselves.</summary>
public sealed class CrossValidationTests(SeedDatabase seeds) : IClassFixture<SeedDatabase>
{
    private sealed record Row(string Criterion, string Method, int Folds, int Support, int Tp, int Fp, int Fn, double? Precision,
        double? Recall, bool Used);

    private IReadOnlyList<Row> Stored()
    {
        using var con = seeds.Connect();
        return con.Query("SELECT criterion, method, folds, support, tp, fp, fn, precision, recall, used FROM task_model_scores "
            + "WHERE index_code = 'SIPAS' ORDER BY criterion, method", r => new Row(r.String(0)!, r.String(1)!, r.Int(2)!.Value,
            r.Int(3)!.Value, r.Int(4)!.Value, r.Int(5)!.Value, r.Int(6)!.Value, r.Double(7), r.Double(8), r.Bool(9)!.Value));
    }

    private IReadOnlyList<TaskText> Labelled()
    {
        using var con = seeds.Connect();
        return TaskTexts.Rows(TaskTexts.Load(con, "SIPAS")).Where(t => t.Stated.Count > 0).ToList();
    }

    [Fact]
    public void Scores_Seeds_RulesRowsAreTheKeywordRulesOverEveryLabelledTask()
    {
        var labelled = Labelled();
        var rules = Stored().Where(r => r.Method == "rules").ToList();
        Assert.NotEmpty(rules);
        foreach (var r in rules)
        {
            var predicted = labelled.Where(t => KeywordRules.Criteria(t.Text, "SIPAS").Contains(r.Criterion)).ToList();
            var stating = labelled.Where(t => t.Stated.Contains(r.Criterion)).ToList();
            var tp = predicted.Count(t => t.Stated.Contains(r.Criterion));
            Assert.Equal((r.Criterion, stating.Count, tp, predicted.Count - tp, stating.Count - tp),
                (r.Criterion, r.Support, r.Tp, r.Fp, r.Fn));
        }
    }

    [Fact]
    public void Scores_Seeds_ModelRowsAddUpAndFoldsAreDocuments()
    {
        var labelled = Labelled();
        var documents = labelled.Select(t => t.SourceFile).Distinct().Count();
        foreach (var m in Stored().Where(r => r.Method == "model"))
        {
            Assert.Equal(labelled.Count(t => t.Stated.Contains(m.Criterion)), m.Tp + m.Fn);
            Assert.Equal(Math.Min(CrossValidation.MaxFolds, documents), m.Folds);
            Assert.InRange(m.Recall ?? 0, 0, 1);
            if (m.Used) Assert.True(m.Precision >= CrossValidation.MinPrecision, m.Criterion);
        }
    }

    /// <summary>Folds are grouped by document: a criterion only one document states cannot be learnt for that document
    /// from the others, so the model never finds it (a split by task would).</summary>
    [Fact]
    public void Scores_Seeds_CriterionOfOneDocumentOnly_ModelNeverFindsIt()
    {
        var single = Labelled().SelectMany(t => t.Stated.Select(c => (c, t.SourceFile))).Distinct()
            .GroupBy(p => p.c).Where(g => g.Count() == 1).Select(g => g.Key).ToList();
        Assert.NotEmpty(single);
        var model = Stored().Where(r => r.Method == "model").ToDictionary(r => r.Criterion);
        foreach (var c in single) Assert.Equal(0, model[c].Tp);
    }

    /// <summary>Seed 001 states a PAR INDEX component for 27 tasks, and no other seed states one: one document, which
    /// folds grouped by document cannot split, so PAR INDEX gets no score and no model rather than made-up ones.</summary>
    [Fact]
    public void Scores_SeedsParIndex_OneDocument_NotScoredNoModel()
    {
        using var con = seeds.Connect();
        var labelled = TaskTexts.Rows(TaskTexts.Load(con, "PAR_INDEX")).Where(t => t.Stated.Count > 0).ToList();
        Assert.Equal((27, "001_ad5c23cb879ea52c.txt"), (labelled.Count, Path.GetFileName(labelled.Select(t => t.SourceFile).Distinct().Single())));
        Assert.Empty(CrossValidation.Run("PAR_INDEX", labelled));
        Assert.Equal(new ModelState("PAR_INDEX", 27, 1, false, 0), TaskLinks.Models(con).Single(m => m.IndexCode == "PAR_INDEX"));
        Assert.Equal(0L, con.Scalar<long>("SELECT count(*) FROM task_links l JOIN tasks t USING (source_file, seq) WHERE t.index_code = 'PAR_INDEX'"));
    }

    [Fact]
    public void Run_SameTasksTwice_SameScores()
    {
        var labelled = Labelled();
        Assert.Equal(CrossValidation.Run("SIPAS", labelled), CrossValidation.Run("SIPAS", labelled));
    }

    public static TheoryData<string, int, int, int, int, int, int, string?> Choices => new()
    {
        // name, model tp/fp/fn, rules tp/fp/fn, chosen
        { "model finds more, precisely", 6, 1, 2, 1, 0, 7, "model" },
        { "same F1: the rules", 3, 1, 1, 3, 0, 2, "rules" },
        { "rules better", 1, 0, 3, 3, 1, 1, "rules" },
        { "model better but under half right", 3, 4, 0, 0, 0, 3, null },
        { "neither finds anything", 0, 0, 2, 0, 0, 2, null },
    };

    [Theory]
    [MemberData(nameof(Choices))]
    public void Methods_ModelOnlyWhereItBeatsTheRules(string name, int mTp, int mFp, int mFn, int rTp, int rFp, int rFn,
        string? chosen)
    {
        var methods = CrossValidation.Methods([
            new CriterionScore("SIPAS", "access", "model", 3, mTp + mFn, mTp, mFp, mFn),
            new CriterionScore("SIPAS", "access", "rules", 3, rTp + rFn, rTp, rFp, rFn)]);
        Assert.Equal((name, chosen), (name, methods.GetValueOrDefault("access")));
    }

    public static TheoryData<string, int[], string> Spreads => new()
    {
        // name, labelled tasks per document (documents d0, d1, … in name order), documents measured
        { "under the bound: all", [1000, 1000], "d0 d1" },
        { "just past it: every 2nd", [700, 700, 700], "d0 d2" },
        { "3.5 times the bound: every 4th", [1000, 1000, 1000, 1000, 1000, 1000, 1000], "d0 d4" },
        { "every 2nd would leave one document: all", [1500, 600], "d0 d1" },
    };

    /// <summary>Past <see cref="CrossValidation.MaxTasks"/> labelled tasks the measure takes every s-th whole document.</summary>
    [Theory]
    [MemberData(nameof(Spreads))]
    public void Spread_PastTheBound_EveryStrideThDocument(string name, int[] perDocument, string measured)
    {
        var labelled = perDocument.SelectMany((n, d) => Enumerable.Range(1, n).Select(i => new TaskText($"d{d}", i, "x", ["access"])))
            .ToList();
        var documents = perDocument.Select((_, d) => $"d{d}").ToList();
        var (kept, tasks) = CrossValidation.Spread(documents, labelled);
        Assert.Equal((name, measured), (name, string.Join(" ", kept)));
        Assert.Equal(kept.Sum(d => perDocument[int.Parse(d[1..])]), tasks.Count);
        Assert.All(tasks, t => Assert.Contains(t.SourceFile, kept));
    }
}
