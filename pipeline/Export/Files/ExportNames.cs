using System.Text.RegularExpressions;
using Analytics.Pipeline.Export.Charts;
using Analytics.Pipeline.Glossary;

namespace Analytics.Pipeline.Export.Files;

/// <summary>
/// File names of exported charts and packs carry unit, province, year and index, in ASCII (diacritics folded):
/// "so-cong-thuong-khanh-hoa-2024-sipas-hinh-1-tieu-chi.png", so a file saved from two units or years never collides.
/// </summary>
public static partial class ExportNames
{
    /// <summary>"so-cong-thuong-khanh-hoa-2024-sipas": the parts that are known, folded and joined.</summary>
    public static string Prefix(string? unit, string? province, int? year, string indexCode) =>
        Slug(string.Join(' ', new[] { unit, province == unit ? null : province, year?.ToString(System.Globalization.CultureInfo.InvariantCulture), indexCode }
            .Where(p => !string.IsNullOrWhiteSpace(p))));

    /// <summary>A chart's file stem: its subtitle (unit · province · year) and index before its own stem.</summary>
    public static string Chart(ChartHeader header, string stem) => Slug(header.Subtitle + " " + header.IndexCode) + "-" + stem;

    /// <summary>Lower-case ASCII letters and digits, any run of anything else one hyphen.</summary>
    public static string Slug(string text) => NotAlnum().Replace(Fold.Key(text).Replace('đ', 'd'), "-").Trim('-');

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotAlnum();
}
