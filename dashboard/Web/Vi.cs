using System.Globalization;
using Analytics.Pipeline.Glossary;
using Analytics.Pipeline.Model;

namespace Analytics.Dashboard.Web;

/// <summary>How the dashboard writes numbers and names: vi-VN always stated, never the thread's culture.</summary>
public static class Vi
{
    public static CultureInfo Culture => VnFormat.Culture;

    // Numbers, ranks and movements are written by the product's one formatter (Model.VnFormat); the dashboard only
    // adds its words around them.

    /// <summary>85,67% · 88,4% · 90%; "—" when missing.</summary>
    public static string Pct(decimal? value) => VnFormat.Pct(value);

    /// <summary>A number with up to two decimals: 85,67 · 1.234,5.</summary>
    public static string Number(decimal value) => VnFormat.Number(value);

    /// <summary>A change in percentage points: "+1,47 điểm", "−4,33 điểm", "không đổi".</summary>
    public static string Points(decimal? value) => value switch
    {
        null => "—",
        0 => "không đổi",
        _ => VnFormat.Points(value) + " điểm",
    };

    /// <summary>"7/18", or "7" when the field size is unknown.</summary>
    public static string Rank(int? rank, int? of) => VnFormat.Rank(rank, of);

    /// <summary>A rank movement in words (+ = moved up): "tăng 2 bậc", "giảm 4 bậc", "giữ nguyên"; empty when unknown.</summary>
    public static string Movement(int? places) => places is null ? "" : VnFormat.Movement(places);

    /// <summary>The arrow drawn next to a movement.</summary>
    public static string Arrow(int? places) => VnFormat.Arrow(places);

    public static string Criterion(string key) => Criteria.NameVi(key);

    /// <summary>The short name for narrow column headers ("Tiếp cận", "Đón tiếp").</summary>
    public static string CriterionShort(string key) => Criteria.ByKey(key)?.ShortVi ?? key;

    public static int CriterionOrder(string key) => Criteria.ByKey(key)?.Order ?? 99;

    public static string IndexName(string code) => Indices.AbbreviationThenName(code);

    /// <summary>"SIPAS", "PAR INDEX": the short name inside a sentence.</summary>
    public static string IndexShort(string code) => Indices.Abbreviation(code);

    /// <summary>SIPAS measures satisfaction against the national 90% target; the PAR INDEX is a reform index scored
    /// without that target, so nothing judges it against 90%.</summary>
    public static bool IsSatisfaction(string code) => code != "PAR_INDEX";

    /// <summary>The column title of an index's values: "Tỉ lệ hài lòng" for SIPAS, "Điểm chỉ số (%)" for the PAR INDEX.</summary>
    public static string ValueTitle(string code) => IsSatisfaction(code) ? "Tỉ lệ hài lòng" : "Điểm chỉ số (%)";

    public static string UnitKind(string kind) => kind switch
    {
        "department" => "sở, ngành",
        "province" => "tỉnh",
        "national" => "cả nước",
        _ => kind,
    };

    /// <summary>Who set a target: the unit's own plan or the province.</summary>
    public static string TargetSetBy(string? setBy) => setBy switch
    {
        "plan" => "Do đơn vị tự đặt trong kế hoạch",
        "province" => "Do UBND tỉnh giao",
        _ => "",
    };

    /// <summary>A count with vi-VN grouping: 12.384.</summary>
    public static string Count(int n) => VnFormat.Number((decimal)n);

    public static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
