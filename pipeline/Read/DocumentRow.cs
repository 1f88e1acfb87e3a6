using Analytics.Pipeline.Glossary;
using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Read;

/// <summary>A loaded document (the documents view): its file, kind, issuer, province, year, number and date.</summary>
public sealed record DocumentRow(
    string SourceFile, string? Kind, string? Issuer, string? Province, int? Year, string? Number, DateOnly? IssuedOn)
{
    /// <summary>The document as a footnote names it: "Kế hoạch số 45/KH-SCT của Sở Công Thương, ngày 10/02/2025" (else
    /// the year); parts the document does not state are left out, and a document stating none of them is named by its
    /// kind and what its figures cover ("Bảng kết quả SIPAS các tỉnh, thành phố, 2017–2024"), and by its file only when
    /// it states no figure either.</summary>
    public string Name
    {
        get
        {
            var parts = new List<string> { DocumentKinds.NameVi(Kind) };
            if (Number is { } n && n.Any(char.IsDigit)) parts.Add("số " + n.Trim()); // "/KH-SCT": a draft, not yet numbered
            if (!string.IsNullOrWhiteSpace(Issuer)) parts.Add("của " + Issuer.Trim());
            var named = parts.Count > 1;
            var text = string.Join(' ', parts);
            if (IssuedOn is { } d) return text + ", ngày " + VnFormat.Date(d);
            if (Year is { } y && named) return text + $" (năm {y})";
            if (named) return text;
            return Covers.Describe() is { } covers ? text + " " + covers : text + " " + SourceFile;
        }
    }

    /// <summary>What the document's figures cover (indices, kinds of unit, provinces, years); empty for a plan.</summary>
    public DocumentCover Covers { get; init; } = DocumentCover.None;
}

/// <summary>What a document's figures cover: its indices, kinds of unit (department, province, national, other), the
/// provinces named and the years.</summary>
public sealed record DocumentCover(
    IReadOnlyList<string> Indices, IReadOnlyList<string> UnitKinds, IReadOnlyList<string> Provinces, int? FirstYear, int? LastYear)
{
    public static readonly DocumentCover None = new([], [], [], null, null);

    /// <summary>"SIPAS các tỉnh, thành phố, 2017–2024", "SIPAS các sở, ngành, Khánh Hòa, năm 2025"; null without figures.</summary>
    public string? Describe()
    {
        if (Indices.Count == 0 || FirstYear is not { } first || LastYear is not { } last) return null;
        var indices = string.Join(", ", Indices.Select(Glossary.Indices.Abbreviation));
        var units = UnitKinds.Contains("province") ? "các tỉnh, thành phố"
            : UnitKinds.All(k => k == "department") ? "các sở, ngành" : "các cơ quan, đơn vị";
        if (!UnitKinds.Contains("province") && Provinces.Count == 1) units += ", " + Provinces[0];
        else if (!UnitKinds.Contains("province") && Provinces.Count > 1) units += $" ({Provinces.Count} tỉnh, thành phố)";
        var years = first == last ? $"năm {first}" : $"{first}–{last}";
        return $"{indices} {units}, {years}";
    }
}
