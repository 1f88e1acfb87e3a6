using Analytics.Dashboard.Data;

namespace Analytics.Dashboard.Web;

/// <summary>Vietnamese names of document kinds, and a document's title (never its file name when metadata exists).</summary>
public static class Kinds
{
    public static string? Document(string? kind) => kind switch
    {
        "plan" => "kế hoạch",
        "appendix" => "phụ lục kế hoạch",
        "plan+appendix" => "kế hoạch kèm phụ lục",
        "results" => "bảng kết quả",
        "press" => "bài báo",
        "decision" => "quyết định",
        "directive" => "chỉ thị",
        "report" => "báo cáo",
        _ => kind is null ? null : "văn bản",
    };

    /// <summary>"Kế hoạch số 23/KH-SCT của Sở Công Thương (Khánh Hòa) năm 2025, ngày 25/03/2025"; a document without
    /// issuer, number, year or date is named by its kind and what its figures cover ("Bảng kết quả SIPAS các tỉnh, thành
    /// phố, 2017–2024"), and by its file only when it states no figure either.</summary>
    public static string Title(DocumentRow d)
    {
        var kind = Document(d.Kind) ?? "văn bản";
        var head = char.ToUpper(kind[0], Vi.Culture) + kind[1..];
        var parts = new List<string> { head };
        if (d.Number is { Length: > 0 } n) parts.Add("số " + n);
        if (d.Issuer is { Length: > 0 } by) parts.Add("của " + by + (d.Province is { Length: > 0 } p && p != by ? $" ({p})" : ""));
        else if (d.Province is { Length: > 0 } p) parts.Add("tỉnh " + p);
        if (d.Year is { } y) parts.Add("năm " + Vi.Year(y));
        var title = string.Join(" ", parts);
        if (d.IssuedOn is { } on) title += ", ngày " + on.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        if (parts.Count > 1 || d.IssuedOn is not null) return title;
        return d.Covers.Describe() is { } covers ? $"{title} {covers}" : $"{title} (tệp {d.SourceFile})";
    }
}
