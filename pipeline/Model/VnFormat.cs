using System.Globalization;

namespace Analytics.Pipeline.Model;

/// <summary>
/// Vietnamese (vi-VN) formatting of the product's numbers, ranks and movements, the culture always stated (never the
/// thread's): 85,67% · +1,47 · −4,33 · 7/18 · giảm 4 bậc. Used by the report, the charts and the dashboard.
/// </summary>
public static class VnFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>A number with up to two decimals and a comma: 85,67 · 1.234,5; "—" when missing.</summary>
    public static string Number(decimal? value) => value is { } v ? Math.Round(v, 2).ToString("#,0.##", Culture) : "—";

    public static string Number(double? value) => value is { } v ? Math.Round(v, 2).ToString("#,0.##", Culture) : "—";

    /// <summary>A percentage as documents write it: 85,67% · 88,4% · 90%; "—" when missing.</summary>
    public static string Pct(decimal? value) => value is null ? "—" : Number(value) + "%";

    /// <summary>A change in points with its sign (a true minus): +1,47 · −4,33 · 0; "—" when missing.</summary>
    public static string Points(decimal? value) => value switch
    {
        null => "—",
        > 0 => "+" + Number(value),
        < 0 => "−" + Number(-value),
        _ => "0",
    };

    /// <summary>A rank as "7/18", or "7" when the field size is unknown; "—" when missing.</summary>
    public static string Rank(int? rank, int? of) => rank is null ? "—" : of is null ? rank.Value.ToString(Culture) : $"{rank}/{of}";

    /// <summary>Movement in places, positive = moved up: "tăng 2 bậc", "giảm 4 bậc", "giữ nguyên"; "—" when unknown.</summary>
    public static string Movement(int? places) => places switch
    {
        null => "—",
        > 0 => $"tăng {places} bậc",
        < 0 => $"giảm {-places} bậc",
        _ => "giữ nguyên",
    };

    public static string Arrow(int? places) => places switch { > 0 => "↑", < 0 => "↓", 0 => "→", _ => "" };

    /// <summary>A date as dd/MM/yyyy.</summary>
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
