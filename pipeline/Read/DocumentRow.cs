using Analytics.Pipeline.Glossary;
using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Read;

/// <summary>A loaded document (the documents view): its file, kind, issuer, province, year, number and date.</summary>
public sealed record DocumentRow(
    string SourceFile, string? Kind, string? Issuer, string? Province, int? Year, string? Number, DateOnly? IssuedOn)
{
    /// <summary>The document as a footnote names it: "Kế hoạch số 45/KH-SCT của Sở Công Thương, ngày 10/02/2025" (else
    /// the year); parts the document does not state are left out, and a document stating none of them is named by its
    /// kind and file ("Bảng kết quả sipas_provinces.csv").</summary>
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
            return named ? text : text + " " + SourceFile;
        }
    }
}
