namespace Analytics.Dashboard.Web;

/// <summary>Vietnamese names of document kinds.</summary>
public static class Kinds
{
    public static string? Document(string? kind) => kind switch
    {
        "plan" => "kế hoạch",
        "appendix" => "phụ lục kế hoạch",
        "plan+appendix" => "kế hoạch kèm phụ lục",
        "results" => "bảng kết quả",
        _ => kind,
    };
}
