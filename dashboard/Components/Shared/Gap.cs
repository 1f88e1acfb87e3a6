using Analytics.Dashboard.Web;

namespace Analytics.Dashboard.Components.Shared;

/// <summary>A value against 90% and against a target, in words.</summary>
public static class Gap
{
    public const decimal Threshold = 90m;

    public static string Against90(decimal value) => value >= Threshold
        ? "Đạt mức 90%"
        : $"Dưới mức 90%, còn thiếu {Vi.Number(Threshold - value)} điểm";

    public static string AgainstTarget(decimal? value, decimal target) => value switch
    {
        null => "Chưa có chỉ số để so với mục tiêu",
        _ when value >= target => "Đã đạt mục tiêu",
        _ => $"Chưa đạt mục tiêu, còn thiếu {Vi.Number(target - value.Value)} điểm",
    };

    /// <summary>The heatmap class for a gap to 90% (gap = 90 − value; positive = below).</summary>
    public static string HeatClass(decimal? gap) => gap switch
    {
        null => "h-none",
        <= 0 => "h-ok",
        <= 2 => "h-1",
        <= 5 => "h-2",
        <= 10 => "h-3",
        _ => "h-4",
    };
}
