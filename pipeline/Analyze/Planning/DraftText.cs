using Analytics.Pipeline.Glossary;
using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Analyze.Planning;

/// <summary>The draft's sentences in Vietnamese, numbers in vi-VN: "Năm 2024 đạt 85,67%, xếp hạng 9/18, giảm 4 bậc;
/// mục tiêu từ 90% trở lên". Without a target of its own a SIPAS criterion aims at the national 90%; PAR INDEX has no
/// such level, so a PAR INDEX figure names a target only when a document set one.</summary>
public static class DraftText
{
    public const decimal NationalTarget = 90m;

    public static string Figures(DraftFigure f, string indexCode)
    {
        var parts = new List<string> { f.ValuePct is { } v ? $"Năm {f.Year} đạt {VnFormat.Pct(v)}" : $"Năm {f.Year} chưa có số liệu" };
        if (f.Rank is not null) parts.Add("xếp hạng " + VnFormat.Rank(f.Rank, f.RankOf));
        if (f.Movement is not null) parts.Add(VnFormat.Movement(f.Movement));
        var target = f.TargetPct ?? (indexCode == ParIndex ? null : NationalTarget);
        return string.Join(", ", parts) + (target is { } t ? $"; mục tiêu từ {VnFormat.Pct(t)} trở lên" : "");
    }

    private const string ParIndex = "PAR_INDEX";

    public static string IndexName(string indexCode) => Indices.FormalVi(indexCode);

    public static string Title(PlanDraft d) => $"Nâng cao {IndexName(d.IndexCode)} của {d.Unit} năm {d.PlanYear}";

    /// <summary>"Tiêu chí: Tiếp cận dịch vụ"; a PAR INDEX component is a field ("Lĩnh vực: Cải cách thủ tục hành chính"),
    /// its own criteria being "tiêu chí".</summary>
    public static string SectionName(string criterion) =>
        (Criteria.ByKey(criterion)?.IndexScope == ParIndex ? "Lĩnh vực: " : "Tiêu chí: ") + Criteria.NameVi(criterion);

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
