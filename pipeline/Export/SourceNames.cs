using Analytics.Pipeline.Glossary;
using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Export;

/// <summary>A loaded document as a footnote names it: kind, number, issuer, date.</summary>
public sealed record DocumentName(string SourceFile, string? Kind, string? Number, string? Issuer, DateOnly? IssuedOn, int? Year)
{
    /// <summary>"Kế hoạch số 45/KH-SCT của Sở Công Thương, ngày 10/02/2025" (else the year); parts the document does not state are left
    /// out, and a document stating none of them is named by its kind and file ("Bảng kết quả sipas_provinces.csv").</summary>
    public string Text
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
            return named ? text : text + " " + SourceFile;
        }
    }
}

/// <summary>Source files turned into document names for footnotes and source lists.</summary>
public static class SourceNames
{
    public static IReadOnlyList<string> Of(IReadOnlyDictionary<string, DocumentName> documents, IEnumerable<string?> files) =>
        files.OfType<string>().Distinct().Order(StringComparer.Ordinal)
            .Select(f => documents.TryGetValue(f, out var d) ? d.Text : f).Distinct().ToList();
}
