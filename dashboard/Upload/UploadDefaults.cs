using Analytics.Pipeline.Extract.Results;
using Analytics.Pipeline.Glossary;

namespace Analytics.Dashboard.Upload;

/// <summary>
/// The province and year the upload form may give for results tables whose title does not name them (as the
/// pipeline's `ingest --province --year`). Both optional; an unknown province or a year outside 2000–2100 refuses
/// the whole upload before any file is stored.
/// </summary>
public static class UploadDefaults
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    /// <summary>The provinces of the glossary (Glossary/provinces.csv), as the form offers them.</summary>
    public static IReadOnlyList<string> Provinces => Units.Provinces;

    /// <summary>The defaults from the form's text (blank: not given), or the reason to refuse the upload.</summary>
    public static (ResultsDefaults? Defaults, string? Problem) Read(string? province, string? year)
    {
        var p = Blank(province) ? null : Units.Provinces.FirstOrDefault(n => Units.Key(n) == Units.Key(province));
        if (!Blank(province) && p is null) return (null, UploadMessages.UnknownProvince(province!.Trim()));
        int? y = null;
        if (!Blank(year))
        {
            if (!int.TryParse(year!.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
                || n is < FirstYear or > LastYear)
                return (null, UploadMessages.YearOutOfRange(year.Trim(), FirstYear, LastYear));
            y = n;
        }
        return (p is null && y is null ? null : new ResultsDefaults(p, y), null);
    }

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);
}
