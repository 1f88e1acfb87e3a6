namespace Analytics.Pipeline.Glossary;

/// <summary>A document kind's Vietnamese name (document_kinds.csv): "plan" → "Kế hoạch". Unknown kinds: "Tài liệu".</summary>
public static class DocumentKinds
{
    private static readonly IReadOnlyDictionary<string, string> Names = GlossaryData.ReadCsv("document_kinds.csv")
        .ToDictionary(r => r["kind"], r => r["name_vi"], StringComparer.Ordinal);

    public static string NameVi(string? kind) => kind is not null && Names.TryGetValue(kind, out var name) ? name : "Tài liệu";
}
