namespace Analytics.Bench.Synth;

/// <summary>A department of a synthetic corpus: its name and the abbreviation in its document numbers ("23/KH-SCT").</summary>
public sealed record Department(string Name, string Abbreviation);

/// <summary>A criterion as one province's survey names it: its canonical key and the names met for it (first = usual).</summary>
public sealed record CriterionName(string Key, IReadOnlyList<string> Names);

/// <summary>
/// The names a synthetic corpus uses: real provinces (the 34 after the 2025 reorganisation, all present in
/// Glossary/provinces.csv), departments (22 from Glossary/units.csv and 3 that the registry does not know, as real
/// tables hold), and the two criteria sets provinces use for their departments' SIPAS.
/// </summary>
public static class Catalog
{
    public static readonly IReadOnlyList<string> Provinces =
    [
        "Khánh Hòa", "Gia Lai", "Hà Nội", "TP. Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Thừa Thiên Huế",
        "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng",
        "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Ninh Bình", "Quảng Trị",
        "Quảng Ngãi", "Đắk Lắk", "Lâm Đồng", "Đồng Nai", "Tây Ninh", "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang",
    ];

    public static readonly IReadOnlyList<Department> Departments =
    [
        new("Sở Công Thương", "SCT"), new("Sở Kế hoạch và Đầu tư", "SKHĐT"), new("Sở Nội vụ", "SNV"),
        new("Sở Tư pháp", "STP"), new("Sở Tài chính", "STC"), new("Sở Nông nghiệp và Phát triển nông thôn", "SNNPTNT"),
        new("Sở Giao thông vận tải", "SGTVT"), new("Sở Xây dựng", "SXD"), new("Sở Tài nguyên và Môi trường", "STNMT"),
        new("Sở Thông tin và Truyền thông", "STTTT"), new("Sở Lao động, Thương binh và Xã hội", "SLĐTBXH"),
        new("Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL"), new("Sở Khoa học và Công nghệ", "SKHCN"),
        new("Sở Giáo dục và Đào tạo", "SGDĐT"), new("Sở Y tế", "SYT"), new("Sở Ngoại vụ", "SNgV"),
        new("Ban Dân tộc", "BDT"), new("Thanh tra tỉnh", "TTr"), new("Văn phòng UBND tỉnh", "VP"),
        new("Ban Quản lý Khu kinh tế", "BQLKKT"), new("Sở Du lịch", "SDL"), new("Sở Văn hóa và Thể thao", "SVHTT"),
        new("Ban Quản lý các Khu công nghiệp", "BQLKCN"), new("Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh", "VPĐĐBQH"),
        new("Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp", "BQLDA"),
    ];

    /// <summary>Khánh Hòa's 2024 set (reception conditions) and the national set (administrative procedures).</summary>
    public static readonly IReadOnlyList<IReadOnlyList<CriterionName>> CriteriaSets =
    [
        [
            new("access", ["Mức độ tiếp cận dịch vụ", "Tiếp cận dịch vụ"]),
            new("reception", ["Điều kiện đón tiếp", "Điều kiện tiếp đón và phục vụ"]),
            new("civil_servants", ["Sự phục vụ của cán bộ, công chức", "Sự phục vụ của công chức"]),
            new("results", ["Kết quả giải quyết công việc", "Kết quả, tiến độ giải quyết công việc"]),
            new("feedback", ["Tiếp nhận, xử lý thông tin phản hồi", "Tiếp nhận và xử lý phản ánh, kiến nghị"]),
        ],
        [
            new("access", ["Tiếp cận dịch vụ", "Mức độ tiếp cận dịch vụ"]),
            new("procedures", ["Thủ tục hành chính", "Thủ tục hành chánh"]),
            new("civil_servants", ["Sự phục vụ của công chức", "Sự phục vụ của cán bộ, công chức, viên chức"]),
            new("results", ["Kết quả giải quyết thủ tục hành chính", "Kết quả dịch vụ"]),
            new("feedback", ["Tiếp nhận và xử lý phản ánh, kiến nghị", "Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị"]),
        ],
    ];

    public static IReadOnlyList<CriterionName> CriteriaOf(int province) => CriteriaSets[province % CriteriaSets.Count];

    /// <summary>The measured years of a corpus of <paramref name="years"/> years: the last ones up to 2024.</summary>
    public static int FirstYear(int years) => 2025 - years;

    /// <summary>ASCII slug for file names: "Sở Công Thương" → "so_cong_thuong".</summary>
    public static string Slug(string text)
    {
        var folded = Analytics.Pipeline.Glossary.Fold.Key(text);
        var chars = folded.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray();
        return string.Join('_', new string(chars).Split('_', StringSplitOptions.RemoveEmptyEntries));
    }

    public static void Validate(int provinces, int departments, int years)
    {
        if (provinces < 1 || provinces > Provinces.Count) throw new ArgumentException($"--provinces must be 1..{Provinces.Count}");
        if (departments < 2 || departments > Departments.Count) throw new ArgumentException($"--departments must be 2..{Departments.Count}");
        if (years < 1 || years > 10) throw new ArgumentException("--years must be 1..10 (measured years up to 2024)");
    }
}
