using Analytics.Pipeline.Glossary;
using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Analyze.Planning;

/// <summary>The draft's sentences in Vietnamese, numbers in vi-VN: "Năm 2024 đạt 85,67%, xếp hạng 9/18, giảm 4 bậc;
/// mục tiêu từ 90% trở lên". Without a target of its own a criterion aims at the national 90%.</summary>
public static class DraftText
{
    public const decimal NationalTarget = 90m;

    public static string Figures(DraftFigure f)
    {
        var parts = new List<string> { f.ValuePct is { } v ? $"Năm {f.Year} đạt {VnFormat.Pct(v)}" : $"Năm {f.Year} chưa có số liệu" };
        if (f.Rank is not null) parts.Add("xếp hạng " + VnFormat.Rank(f.Rank, f.RankOf));
        if (f.Movement is not null) parts.Add(VnFormat.Movement(f.Movement));
        return string.Join(", ", parts) + $"; mục tiêu từ {VnFormat.Pct(f.TargetPct ?? NationalTarget)} trở lên";
    }

    public static string IndexName(string indexCode) => indexCode == "PAR_INDEX"
        ? "Chỉ số cải cách hành chính"
        : "Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ";

    public static string Title(PlanDraft d) => $"Nâng cao {IndexName(d.IndexCode)} của {d.Unit} năm {d.PlanYear}";

    public static string SectionName(string criterion) => "Tiêu chí: " + Criteria.NameVi(criterion);

    /// <summary>Where a carried-over task comes from: "Kế hoạch năm 2025 (000_….txt, dòng 11)".</summary>
    public static string CarriedNote(PlannedTask t) => $"Kế hoạch năm {Year(t.PlanYear)} ({Where(t.Source)}){Link(t)}";

    /// <summary>A suggestion and its source: "Đề xuất: theo Kế hoạch năm 2023 của Sở Kế hoạch và Đầu tư (003_….txt, dòng 72)".</summary>
    public static string SuggestedNote(PlannedTask t) =>
        $"{Suggested}: theo Kế hoạch năm {Year(t.PlanYear)} của {t.FromUnit} ({Where(t.Source)}){Link(t)}";

    /// <summary>"" for a criterion its document states; else "; " and <see cref="LinkNote"/>.</summary>
    public static string Link(PlannedTask t) => t.Predicted ? "; " + LinkNote(t.LinkedBy, t.Confidence) : "";

    /// <summary>How a predicted link was made: "tiêu chí do máy dự đoán, độ tin cậy 72%" (the classifier) or "tiêu chí
    /// suy ra từ từ khóa" (the glossary's keywords).</summary>
    public static string LinkNote(string linkedBy, double? confidence) => linkedBy == "model"
        ? PredictedByModel + (confidence is { } c ? $", độ tin cậy {VnFormat.Pct(Math.Round((decimal)c * 100))}" : "")
        : PredictedByRules;

    public const string PredictedByModel = "tiêu chí do máy dự đoán";
    public const string PredictedByRules = "tiêu chí suy ra từ từ khóa";

    public const string Suggested = "Đề xuất";

    public static string Where(SourceRef s) => $"{Path.GetFileName(s.File)}, dòng {s.Line}";

    private static string Year(int? year) => year?.ToString(VnFormat.Culture) ?? "?";
}
