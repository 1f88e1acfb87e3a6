using System.Globalization;

namespace Analytics.Pipeline.Model;

/// <summary>Vietnamese (vi-VN) formatting of the product's numbers and movements: 85,67% · 4,33 điểm · giảm 4 bậc.</summary>
public static class VnFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    public static string Number(decimal? value, string format = "0.##") =>
        value is { } v ? v.ToString(format, Culture) : "—";

    public static string Number(double? value, string format = "0.##") =>
        value is { } v ? v.ToString(format, Culture) : "—";

    public static string Pct(decimal? value) => value is null ? "—" : Number(value) + "%";

    /// <summary>A change in points with its sign: +1,47 / −2,1 / 0.</summary>
    public static string Points(decimal? value) => value switch
    {
        null => "—",
        > 0 => "+" + Number(value),
        < 0 => "−" + Number(-value),
        _ => "0",
    };

    public static string Rank(int? rank, int? of) => rank is null ? "—" : of is null ? $"{rank}" : $"{rank}/{of}";

    /// <summary>Movement in places, positive = moved up: "tăng 2 bậc", "giảm 4 bậc", "giữ nguyên".</summary>
    public static string Movement(int? places) => places switch
    {
        null => "—",
        > 0 => $"tăng {places} bậc",
        < 0 => $"giảm {-places} bậc",
        _ => "giữ nguyên",
    };

    public static string Arrow(int? places) => places switch { > 0 => "↑", < 0 => "↓", 0 => "=", _ => "" };
}
