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

        /// <summary>Units or provinces compared side by side, one parameter each (2–6).</summary>
        public const string Compare = "compare";

        /// <summary>A table's rows whose name holds this text.</summary>
        public const string Filter = "filter";
        public const string DocumentsPage = "documents_page", ConflictsPage = "conflicts_page";
        public const string RejectionsPage = "rejections_page", WarningsPage = "warnings_page";
    }

    public const string ProfilePath = "/don-vi", UnitsPath = "/so-sanh-don-vi", ProvincesPath = "/so-sanh-tinh";
    public const string TrendsPath = "/xu-huong", PlanningPath = "/truoc-ke-hoach", DataPath = "/du-lieu";
    public const string SourcePath = "/nguon", UploadPath = "/tai-len", ChartPath = "/bieu-do", PackPath = "/goi-bao-cao";
    public const string DraftPath = "/du-thao-ke-hoach", TemplatePath = "/mau-bang-ket-qua.xlsx", VersionsPath = "/du-lieu/phien-ban";

    public static string Source(SourceRef source) =>
        Build(SourcePath, (Keys.File, source.File), (Keys.Line, Num(source.Line)));

    public static string Profile(string? province, string unit, int? year, string? index = null) =>
        Build(ProfilePath, (Keys.Province, province), (Keys.Unit, unit), (Keys.Year, Num(year)), (Keys.Index, index));

    public static string Units(string? province, int? year, string? index = null, string? criterion = null, string? sort = null,
        string? unit = null, IReadOnlyList<string>? compare = null, string? filter = null) =>
        Build(UnitsPath, [(Keys.Province, province), (Keys.Year, Num(year)), (Keys.Index, index),
            (Keys.Criterion, criterion), (Keys.Sort, sort), (Keys.Unit, unit), .. Compared(compare), (Keys.Filter, filter)]);

    public static string Trends(string? province, string? unit, string? index = null, string? criterion = null) =>
        Build(TrendsPath, (Keys.Province, province), (Keys.Unit, unit), (Keys.Index, index), (Keys.Criterion, criterion));

    /// <summary>The provinces page, with the same department across provinces.</summary>
    public static string Provinces(string? department, int? year, string? index = null, string? province = null,
        IReadOnlyList<string>? compare = null) =>
        Build(ProvincesPath, [(Keys.Province, province), (Keys.Unit, department), (Keys.Year, Num(year)), (Keys.Index, index),
            .. Compared(compare)]);

    public static IEnumerable<(string Key, string? Value)> Compared(IReadOnlyList<string>? compare) =>
        (compare ?? []).Select(c => (Keys.Compare, (string?)c));

    public static string Planning(string? province, int? year, string? index = null, string? unit = null) =>
        Build(PlanningPath, (Keys.Province, province), (Keys.Unit, unit), (Keys.Year, Num(year)), (Keys.Index, index));

    /// <summary>The upload page keeping the selection (its province and year become the defaults of a results table).</summary>
    public static string Upload(Filters carry) => Build(UploadPath, carry.Pairs);

    /// <summary>An empty Home Affairs results table (XLSX) for a province, year and index, with the columns the reader expects.</summary>
    public static string Template(string? province, int? year, string? index) =>
        Build(TemplatePath, (Keys.Province, province), (Keys.Year, Num(year)), (Keys.Index, index));

    /// <summary>A menu link: the page with the selection (province, unit, year, index) carried over.</summary>
    public static string Carry(string path, Filters carry) =>
        Build(path, (Keys.Province, carry.Province), (Keys.Unit, carry.Unit), (Keys.Year, carry.Year), (Keys.Index, carry.Index));

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
