using System.Globalization;
using Analytics.Pipeline.Model;

namespace Analytics.Dashboard.Web;

/// <summary>Every link between views, built from the same query keys the pages read (a view is its URL).</summary>
public static class Links
{
    public static class Keys
    {
        public const string Province = "province", Unit = "unit", Year = "year", Index = "index";
        public const string Criterion = "criterion", Sort = "sort", File = "file", Line = "line";
        public const string DocumentsPage = "documents_page", ConflictsPage = "conflicts_page";
        public const string RejectionsPage = "rejections_page", WarningsPage = "warnings_page";
    }

    public const string ProfilePath = "/don-vi", UnitsPath = "/so-sanh-don-vi", ProvincesPath = "/so-sanh-tinh";
    public const string TrendsPath = "/xu-huong", PlanningPath = "/truoc-ke-hoach", DataPath = "/du-lieu";
    public const string SourcePath = "/nguon", UploadPath = "/tai-len", ChartPath = "/bieu-do", PackPath = "/goi-bao-cao";
    public const string DraftPath = "/du-thao-ke-hoach";

    public static string Source(SourceRef source) =>
        Build(SourcePath, (Keys.File, source.File), (Keys.Line, Num(source.Line)));

    public static string Profile(string? province, string unit, int? year, string? index = null) =>
        Build(ProfilePath, (Keys.Province, province), (Keys.Unit, unit), (Keys.Year, Num(year)), (Keys.Index, index));

    public static string Units(string? province, int? year, string? index = null, string? criterion = null, string? sort = null) =>
        Build(UnitsPath, (Keys.Province, province), (Keys.Year, Num(year)), (Keys.Index, index),
            (Keys.Criterion, criterion), (Keys.Sort, sort));

    public static string Trends(string? province, string? unit, string? index = null, string? criterion = null) =>
        Build(TrendsPath, (Keys.Province, province), (Keys.Unit, unit), (Keys.Index, index), (Keys.Criterion, criterion));

    /// <summary>A chart of a view as a file: /bieu-do/so-sanh-don-vi/ban-do-nhiet.svg?province=…</summary>
    public static string Chart(string viewPath, string stem, string format, Filters filters) =>
        Build($"{ChartPath}/{viewPath.TrimStart('/')}/{Uri.EscapeDataString(stem)}.{format}", filters.Pairs);

    /// <summary>The data page at the given page of each of its lists.</summary>
    public static string Data(DataPages p) => Build(DataPath, (Keys.DocumentsPage, Num(p.Documents)), (Keys.ConflictsPage, Num(p.Conflicts)),
        (Keys.RejectionsPage, Num(p.Rejections)), (Keys.WarningsPage, Num(p.Warnings)));

    /// <summary>A unit's annual-report pack (ZIP).</summary>
    public static string Pack(Filters filters) => Build(PackPath, filters.Pairs);

    /// <summary>A draft of a unit's plan appendix for a plan year (.docx).</summary>
    public static string Draft(string? province, string unit, int planYear, string? index) =>
        Build(DraftPath, (Keys.Province, province), (Keys.Unit, unit), (Keys.Year, Num(planYear)), (Keys.Index, index));

    /// <summary>A path with the non-empty parameters as its query, encoded.</summary>
    public static string Build(string path, params (string Key, string? Value)[] parameters)
    {
        var present = parameters.Where(p => !string.IsNullOrEmpty(p.Value))
            .Select(p => new KeyValuePair<string, string?>(p.Key, p.Value));
        return path + QueryString.Create(present).ToUriComponent();
    }

    private static string? Num(int? n) => n?.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Which page of each list the data page shows (null: the first).</summary>
public sealed record DataPages(int? Documents, int? Conflicts, int? Rejections, int? Warnings);
