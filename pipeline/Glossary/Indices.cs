namespace Analytics.Pipeline.Glossary;

/// <summary>
/// How an index is named to users (index_names.csv): its abbreviation ("PAR INDEX"), its name ("Chỉ số hài lòng"), its
/// formal name in a plan's title, and the title and column a Home Affairs results table gives it.
/// </summary>
public sealed record IndexDisplay(string Code, string Abbreviation, string NameVi, string FormalVi, string ResultsTitleVi, string ResultsColumnVi);

/// <summary>The display names of the indices, one place for every consumer (export, dashboard, plan draft). An unknown
/// code is shown as itself.</summary>
public static class Indices
{
    public static IReadOnlyList<IndexDisplay> All { get; } = GlossaryData.ReadCsv("index_names.csv")
        .Select(r => new IndexDisplay(r["code"], r["abbreviation"], r["name_vi"], r["formal_vi"], r["results_title_vi"], r["results_column_vi"]))
        .ToList();

    public static IndexDisplay? ByCode(string code) => All.FirstOrDefault(i => i.Code == code);

    /// <summary>"Chỉ số hài lòng", "Chỉ số cải cách hành chính".</summary>
    public static string NameVi(string code) => ByCode(code)?.NameVi ?? code;

    /// <summary>"SIPAS", "PAR INDEX": the short name inside a sentence.</summary>
    public static string Abbreviation(string code) => ByCode(code)?.Abbreviation ?? code;

    /// <summary>"Chỉ số hài lòng (SIPAS)".</summary>
    public static string NameThenAbbreviation(string code) => ByCode(code) is { } i ? $"{i.NameVi} ({i.Abbreviation})" : code;

    /// <summary>"SIPAS (Chỉ số hài lòng)".</summary>
    public static string AbbreviationThenName(string code) => ByCode(code) is { } i ? $"{i.Abbreviation} ({i.NameVi})" : code;

    /// <summary>"Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ": the name a plan's title gives.</summary>
    public static string FormalVi(string code) => ByCode(code)?.FormalVi ?? code;

    /// <summary>The SIPAS criteria a Home Affairs results table has a column for, as it heads them ("Tiếp nhận, xử lý phản
    /// ánh, kiến nghị"), in the table's order (results_headers.csv).</summary>
    public static IReadOnlyList<(string Key, string Header)> ResultsColumns { get; } = GlossaryData.ReadCsv("results_headers.csv")
        .Select(r => (r["key"], r["results_header_vi"])).ToList();
}
