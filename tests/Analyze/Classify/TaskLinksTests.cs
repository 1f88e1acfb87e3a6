using Analytics.Pipeline.Analyze;
using Analytics.Pipeline.Analyze.Classify;
using Analytics.Pipeline.Analyze.Planning;
using Analytics.Tests.Analyze;

namespace Analytics.Tests.Analyze.Classify;

/// <summary>Predicted links on given tasks: only where the document states no criterion, stored with the model's
/// generation, redone when the data moves and retrained only when the labelled tasks change.</summary>
public sealed class TaskLinksTests
{
    private const string Sct = "Sở Công Thương", Skhdt = "Sở Kế hoạch và Đầu tư";

    /// <summary>Two plans of other units whose tasks state access or feedback, and one task of Sở Công Thương's 2025 plan
    /// that states no criterion but speaks of handling feedback.</summary>
    private static GivenDb Given() => new GivenDb().Doc("r.txt", 2024)
        .Obs("r.txt", Sct, 2024, "access", 80m).Obs("r.txt", Sct, 2024, "feedback", 81m).Obs("r.txt", Sct, 2024, "overall", 82m)
        .Task("a.txt", Skhdt, 2024, ["access"], "Niêm yết công khai thủ tục hành chính, hướng dẫn tra cứu hồ sơ trực tuyến", line: 1)
        .Task("a.txt", Skhdt, 2024, ["access"], "Công khai thông tin, quy trình trên cổng dịch vụ công để người dân dễ tiếp cận", line: 2)
        .Task("a.txt", Skhdt, 2024, ["feedback"], "Tiếp nhận, xử lý phản ánh kiến nghị của người dân đúng hạn", line: 3)
        .Task("b.txt", "Sở Tư pháp", 2024, ["access"], "Công khai thủ tục hành chính tại bộ phận một cửa, hướng dẫn tra cứu", line: 1)
        .Task("b.txt", "Sở Tư pháp", 2024, ["feedback"], "Công khai kết quả xử lý phản ánh kiến nghị của cá nhân, tổ chức", line: 2)
        .Task("c.txt", "Sở Y tế", 2024, ["feedback"], "Trả lời phản ánh kiến nghị về quy định hành chính kịp thời", line: 1)
        .Task("own.txt", Sct, 2025, ["overall"], "Xử lý phản ánh kiến nghị của doanh nghiệp, trả lời công khai", line: 9);

    private static IReadOnlyList<(string File, int Seq, string Criterion, string By)> Links(GivenDb db) =>
        db.Con.Query("SELECT source_file, seq, criterion, linked_by FROM task_criteria WHERE linked_by <> 'document' ORDER BY ALL",
            r => (r.String(0)!, r.Int(1)!.Value, r.String(2)!, r.String(3)!));

    [Fact]
    public void Refresh_TaskStatingNoCriterion_GetsLinks_StatedOnesKeepTheirs()
    {
        using var db = Given();
        var run = Assert.Single(TaskLinks.Refresh(db.Con));
        Assert.Equal(("SIPAS", true, 6, 3), (run.IndexCode, run.Retrained, run.Labelled, run.Documents));
        var links = Links(db);
        Assert.All(links, l => Assert.Equal(("own.txt", 9), (l.File, l.Seq)));
        Assert.Contains(links, l => l.Criterion == "feedback");
        var stated = db.Con.Query("SELECT source_file, seq, list(criterion ORDER BY criterion) FROM task_criteria "
            + "WHERE source_file <> 'own.txt' GROUP BY ALL ORDER BY ALL", r => (r.String(0)!, r.Int(1)!.Value, string.Join(",", r.StringList(2)!)));
        Assert.Equal([("a.txt", 1, "access"), ("a.txt", 2, "access"), ("a.txt", 3, "feedback"), ("b.txt", 1, "access"),
            ("b.txt", 2, "feedback"), ("c.txt", 1, "feedback")], stated);
    }

    [Fact]
    public void Refresh_Generations_RetrainsOnlyWhenLabelledTasksChange()
    {
        using var db = Given();
        Assert.True(Assert.Single(TaskLinks.Refresh(db.Con)).Retrained);
        Assert.Empty(TaskLinks.Refresh(db.Con));
        db.Con.Execute("UPDATE data_version SET generation = generation + 1");
        Assert.Empty(Links(db)); // links of an older generation are not shown
        var predicted = Assert.Single(TaskLinks.Refresh(db.Con));
        Assert.False(predicted.Retrained);
        Assert.NotEmpty(Links(db));
        db.Task("d.txt", "Sở Y tế", 2024, ["access"], "Cập nhật thông tin thủ tục trên trang điện tử", line: 1);
        db.Con.Execute("UPDATE data_version SET generation = generation + 1");
        Assert.False(Assert.Single(TaskLinks.Refresh(db.Con, train: false)).Retrained); // an upload: predicts only
        Assert.NotEmpty(Links(db));
        Assert.Equal(6, db.Con.Scalar<int>("SELECT tasks FROM task_model"));
        Assert.True(Assert.Single(TaskLinks.Refresh(db.Con)).Retrained);
        Assert.Equal((2L, 7), db.Con.Query("SELECT generation, tasks FROM task_model", r => (r.Long(0)!.Value, r.Int(1)!.Value))[0]);
    }

    /// <summary>Folds grouped by document need two documents: with one there is no score, no model and no link (the
    /// rules are not used either), and the run says it was not measured.</summary>
    [Theory]
    [InlineData("SIPAS", "access", "feedback")]
    [InlineData("PAR_INDEX", "par_procedures", "par_e_government")]
    public void Refresh_OneLabelledDocument_NotMeasuredNoModelNoLinks(string index, string first, string second)
    {
        using var db = new GivenDb()
            .Task("a.txt", Skhdt, 2024, [first], "Công khai thủ tục hành chính", index, line: 1)
            .Task("a.txt", Skhdt, 2024, [second], "Xử lý phản ánh kiến nghị trên hệ thống điện tử", index, line: 2)
            .Task("own.txt", Sct, 2025, ["overall"], "Xử lý phản ánh kiến nghị của doanh nghiệp", index, line: 9);
        var run = Assert.Single(TaskLinks.Refresh(db.Con));
        Assert.Equal((index, true, false, 2, 1, 0), (run.IndexCode, run.Retrained, run.Measured, run.Labelled, run.Documents, run.Links));
        Assert.Equal(new ModelState(index, 2, 1, false, 0), Assert.Single(TaskLinks.Models(db.Con)));
        Assert.Empty(Links(db));
        Assert.Equal(0L, db.Con.Scalar<long>("SELECT count(*) FROM task_model_scores"));
    }

    [Fact]
    public void Planning_PredictedLinks_CountedAndOfferedAsPredicted()
    {
        using var db = Given().Task("a.txt", Skhdt, 2024, ["overall"], "Số hóa hồ sơ", line: 9);
        db.Con.Execute("INSERT INTO task_links VALUES ('a.txt', 9, 'access', 'model', 0.7234, 0), ('own.txt', 9, 'feedback', 'rules', NULL, 0)");
        var offered = PlanningQueries.Suggestions(db.Con, "Khánh Hòa", Sct, 2024, "SIPAS").Where(t => t.Criterion == "access").ToList();
        var predicted = Assert.Single(offered, t => t.Predicted);
        Assert.Equal(("model", 0.7234, "Số hóa hồ sơ"), (predicted.LinkedBy, predicted.Confidence, predicted.Description));
        Assert.Equal(offered.Count - 1, offered.FindIndex(t => t.Predicted)); // a plan's stated links come first
        Assert.EndsWith("; tiêu chí do máy dự đoán, độ tin cậy 72%", DraftText.SuggestedNote(predicted));
        var feedback = PlanningQueries.Coverage(db.Con, "Khánh Hòa", Sct, 2024, "SIPAS").Single(c => c.Criterion == "feedback");
        Assert.Equal((1, 1), (feedback.PlanTasks, feedback.PredictedTasks));
    }

    public static TheoryData<string, string, string, double?, string> BadLinks => new()
    {
        { "a.txt", "feedback", "rules", null, "predicted link on a task stating its criteria" },
        { "own.txt", "access", "model", 1.5, "model link without a confidence in 0–1" },
        { "own.txt", "par_procedures", "rules", null, "predicted criterion of another index" },
    };

    [Theory]
    [MemberData(nameof(BadLinks))]
    public void DataChecks_PlantedBadLink_Reported(string file, string criterion, string method, double? confidence, string problem)
    {
        using var db = Given();
        var seq = file == "a.txt" ? 1 : 9;
        db.Con.Execute("INSERT INTO task_links VALUES ($1, $2, $3, $4, $5, 0)", file, seq, criterion, method, confidence);
        var failure = Assert.Single(DataChecks.Run(db.Con), f => f.Check == "predicted_links");
        Assert.Equal(($"{file} | {seq} | {criterion} | {method}", problem), (failure.Key, failure.Problem));
    }
}
