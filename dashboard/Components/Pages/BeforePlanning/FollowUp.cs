using Analytics.Dashboard.Data;
using Analytics.Pipeline.Analyze.Planning;
using Analytics.Dashboard.Web;

namespace Analytics.Dashboard.Components.Pages.BeforePlanning;

/// <summary>Whether a criterion moved after a plan's year, in words; says which year is missing when it cannot tell.</summary>
public static class FollowUp
{
    public static string Describe(TaskFollowUp t)
    {
        if (t.PlanYear is not { } year) return "Kế hoạch không ghi năm.";
        return (t.BeforePct, t.AfterPct) switch
        {
            (null, null) => $"Chưa có số liệu năm {year - 1} và năm {year}.",
            (null, { } after) => $"Năm {year}: {Vi.Pct(after)}; chưa có số liệu năm {year - 1} để so sánh.",
            ({ } before, null) => $"Năm {year - 1}: {Vi.Pct(before)}; chưa có số liệu năm {year}.",
            ({ } before, { } after) => $"{Vi.Pct(before)} ({year - 1}) → {Vi.Pct(after)} ({year}): {Moved(after - before)}.",
        };
    }

    /// <summary>How a predicted link was made ("tiêu chí do máy dự đoán, độ tin cậy 72%"), in the draft's words.</summary>
    public static string Linked(TaskFollowUp t) => DraftText.LinkNote(t.LinkedBy, t.Confidence);

    /// <summary>A task's description cut at a word near <paramref name="max"/> characters (the source link gives it all).</summary>
    public static string Shorten(string text, int max = 220)
    {
        var clean = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (clean.Length <= max) return clean;
        var cut = clean.LastIndexOf(' ', max);
        return clean[..(cut > max / 2 ? cut : max)] + " …";
    }

    private static string Moved(decimal change) => change switch
    {
        > 0 => "tăng " + Vi.Number(change) + " điểm",
        < 0 => "giảm " + Vi.Number(-change) + " điểm",
        _ => "không đổi",
    };
}
