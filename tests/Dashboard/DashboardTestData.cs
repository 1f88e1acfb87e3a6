using Analytics.Pipeline.Store;

namespace Analytics.Tests.Dashboard;

/// <summary>
/// A fresh database whose public views are plain tables (TestData/views_as_tables.sql) holding a few real figures:
/// Sở Công Thương, Khánh Hòa, SIPAS 2024 from seeds/002 (the golden example), Khánh Hòa departments 2025 and
/// provinces 2022–2024 from data/*.csv. Every row carries the file, line and text it was read from.
/// </summary>
internal static class DashboardTestData
{
    public const string Plan2025 = "seeds/002_cafea9ff515821b6.txt";
    public const string Appendix2025 = "seeds/000_3bc385bdad3b4eff.txt";
    public const string Plan2024 = "seeds/001_ad5c23cb879ea52c.txt";
    public const string Provinces = "data/sipas_provinces.csv";
    public const string Units = "data/sipas_units_in_provinces.csv";
    public const string Sct = "Sở Công Thương", KhanhHoa = "Khánh Hòa";

    /// <summary>One figure as a document states it; the test views (gaps, trends, ranks) are derived from these.</summary>
    public sealed record Fig(string Unit, string Kind, string? Province, string Criterion, int Year, decimal? Value,
        int? Rank, int? RankOf, int? Movement, decimal? Prev, string File, int Line, string Text);

    public static readonly Fig[] Figures =
    [
        new(Sct, "department", KhanhHoa, "overall", 2024, 88.40m, 7, 18, 1, 86.93m, Plan2025, 15,
            "kết quả Chỉ số hài lòng của Sở Công Thương đạt **88,4%** (tăng 1,47 % so với năm trước), **đúng thứ 07/18**"),
        new(Sct, "department", KhanhHoa, "access", 2024, 85.67m, 9, 18, -4, null, Plan2025, 19,
            "- (i) Tiêu chí 1: Mức độ tiếp cận dịch vụ đạt 85,67% (xếp hạng 9/18, **giảm 4 bậc**);"),
        new(Sct, "department", KhanhHoa, "reception", 2024, 88.57m, 6, 18, 2, null, Plan2025, 20,
            "- (ii) Tiêu chí 2: Điều kiện đón tiếp đạt 88,57% (xếp hạng 6/18, **tăng 2 bậc**);"),
        new(Sct, "department", KhanhHoa, "civil_servants", 2024, 89.78m, 10, 18, -3, null, Plan2025, 21,
            "- (iii) Tiêu chí 3: Sự phục vụ của cán bộ, công chức đạt 89,78% (xếp hạng 10/18, **giảm 3 bậc**);"),
        new(Sct, "department", KhanhHoa, "results", 2024, 90.61m, 11, 18, -3, null, Plan2025, 22,
            "- (iv) Tiêu chí 4: Kết quả giải quyết công việc đạt 90,61% (xếp hạng 11/18, **giảm 3 bậc**);"),
        new(Sct, "department", KhanhHoa, "feedback", 2024, 87.39m, 6, 18, 5, null, Plan2025, 23,
            "- (v) Tiêu chí 5: Tiếp nhận, xử lý thông tin phản hồi, đạt 87,39%, xếp hạng 6/18, **tăng 5 bậc**)."),
        new("Sở Tài chính", "department", KhanhHoa, "overall", 2025, 84.91m, 12, 12, null, null, Units, 4,
            "department,Khánh Hòa,Sở Tài chính,2025,SIPAS (tỉnh),overall,84.91,12,12"),
        new("Sở Tài chính", "department", KhanhHoa, "access", 2025, 82.62m, null, null, null, null, Units, 5,
            "department,Khánh Hòa,Sở Tài chính,2025,SIPAS (tỉnh),Tiếp cận dịch vụ,82.62,,"),
        new("Sở Tài chính", "department", KhanhHoa, "procedures", 2025, null, 12, 12, null, null, Units, 6,
            "department,Khánh Hòa,Sở Tài chính,2025,SIPAS (tỉnh),Thủ tục hành chính,,12,12"),
        new("Sở Tư pháp", "department", KhanhHoa, "overall", 2025, 94.99m, 1, 12, null, null, Units, 10,
            "department,Khánh Hòa,Sở Tư pháp,2025,SIPAS (tỉnh),overall,94.99,1,12"),
        new("Sở Nông nghiệp và Môi trường", "department", KhanhHoa, "access", 2025, 73.72m, 12, 12, null, null, Units, 3,
            "department,Khánh Hòa,Sở Nông nghiệp và Môi trường,2025,SIPAS (tỉnh),Tiếp cận dịch vụ,73.72,12,12"),
        new("Gia Lai", "province", "Gia Lai", "overall", 2022, 82.52m, 16, 63, null, null, Provinces, 32,
            "province,Gia Lai,UBND tỉnh,2022,SIPAS,overall,82.52,16,63"),
        new("Gia Lai", "province", "Gia Lai", "overall", 2023, 83.84m, 19, 63, -3, 82.52m, Provinces, 39,
            "province,Gia Lai,UBND tỉnh,2023,SIPAS,overall,83.84,19,63"),
        new("Hải Phòng", "province", "Hải Phòng", "overall", 2023, 88.09m, 5, 63, null, null, Provinces, 38,
            "province,Hải Phòng,UBND thành phố,2023,SIPAS,overall,88.09,5,63"),
        new("Hải Phòng", "province", "Hải Phòng", "overall", 2024, 90.59m, 1, 63, 4, 88.09m, Provinces, 45,
            "province,Hải Phòng,UBND thành phố,2024,SIPAS,overall,90.59,1,63"),
        new(KhanhHoa, "province", KhanhHoa, "overall", 2024, 83.66m, 30, 63, null, null, Provinces, 50,
            "province,Khánh Hòa,UBND tỉnh,2024,SIPAS,overall,83.66,30,63"),
        new("Cả nước", "national", null, "overall", 2023, 82.66m, null, null, null, null, Provinces, 61,
            "national,Cả nước,national average,2023,SIPAS,overall,82.66,,"),
        new("Cả nước", "national", null, "overall", 2024, 83.94m, null, null, null, 82.66m, Provinces, 71,
            "national,Cả nước,national average,2024,SIPAS,overall,83.94,,"),
    ];

    /// <summary>The province's 2024 level for Sở Công Thương, as the 2025 plan quotes it.</summary>
    public static readonly TargetRow Target =
        new(87m, "province", Plan2025, 15, "(vượt chỉ tiêu UBND tỉnh giao trong năm 2024 là 87%)");

    public sealed record TargetRow(decimal Value, string SetBy, string File, int Line, string Text);

    public static DuckDb Create(string path = ":memory:") => Create(path, fill: true);

    /// <summary>The same tables without a row: a database before anything was ingested.</summary>
    public static DuckDb CreateEmpty() => Create(":memory:", fill: false);

    private static DuckDb Create(string path, bool fill)
    {
        var db = DuckDb.Open(path, readOnly: false);
        using var con = db.Connect();
        foreach (var statement in SchemaStatements()) con.Execute(statement);
        if (!fill) return db;
        FillFigures(con);
        FillPlans(con);
        return db;
    }

    private static void FillFigures(DuckDbConnection con)
    {
        using (var obs = con.Appender("observations"))
            foreach (var f in Figures)
                obs.Row(f.Unit, f.Kind, f.Province, f.Year, "SIPAS", f.Criterion, f.Value, f.Rank, f.RankOf, f.Movement,
                    false, f.File, f.Line, f.Text, null, null, null);
        using (var gaps = con.Appender("gaps"))
            foreach (var f in Figures.Where(f => f.Value is not null))
            {
                TargetRow? target = f.Unit == Sct && f.Criterion == "overall" ? Target : null;
                gaps.Row(f.Unit, f.Kind, f.Province, "SIPAS", f.Criterion, f.Year, f.Value, 90m - f.Value, target?.Value,
                    target?.Value - f.Value, f.Value >= 90m, target is null ? null : f.Value >= target.Value, target?.SetBy,
                    target?.File, target?.Line, target?.Text, f.File, f.Line, f.Text);
            }
        using (var ranks = con.Appender("rank_movements"))
            foreach (var f in Figures.Where(f => f.Rank is not null))
                ranks.Row(f.Unit, f.Kind, f.Province, "SIPAS", f.Criterion, f.Year, f.Rank, f.RankOf,
                    f.Rank + f.Movement, f.Movement, f.Movement, true, f.File, f.Line, f.Text, false);
        using (var trends = con.Appender("trends"))
            foreach (var f in Figures.Where(f => f.Value is not null))
                trends.Row(f.Unit, f.Kind, f.Province, "SIPAS", f.Criterion, f.Year, f.Value,
                    f.Prev is null ? null : f.Year - 1, f.Prev, f.Value - f.Prev, false, null, false, f.File, f.Line, f.Text);
        using (var peers = con.Appender("peer_comparison"))
            foreach (var g in Figures.Where(f => f.Kind == "department" && f.Value is not null)
                         .GroupBy(f => (f.Province, f.Year, f.Criterion)))
                foreach (var f in g)
                    peers.Row(f.Unit, f.Kind, f.Province, "SIPAS", f.Criterion, f.Year, f.Value,
                        Math.Round(g.Average(p => p.Value!.Value), 2), g.Max(p => p.Value), g.Min(p => p.Value),
                        (long)g.Count(), (long)g.Count(p => p.Value > f.Value) + 1, "province_departments", f.Province,
                        f.File, f.Line, f.Text);
        using var weak = con.Appender("weak_criteria");
        foreach (var f in Figures.Where(f => f.Kind == "department" && (f.Value < 90m || f.Movement <= -2)))
        {
            var reasons = new[] { f.Value < 90m ? "dưới mức 90%" : null, f.Movement <= -2 ? $"tụt {-f.Movement} bậc" : null };
            var severity = (double)Math.Max(90m - f.Value ?? 0m, 0m) + (f.Movement <= -2 ? -f.Movement!.Value : 0);
            weak.Row(f.Unit, f.Kind, f.Province, "SIPAS", f.Year, f.Criterion, f.Value, 90m - f.Value, null, f.Movement,
                reasons.OfType<string>().ToList(), severity, f.File, f.Line, f.Text);
        }
    }

    private static void FillPlans(DuckDbConnection con)
    {
        using (var docs = con.Appender("documents"))
        {
            docs.Row(Plan2025, "b1", "plan", Sct, KhanhHoa, 2025, null, null);
            docs.Row(Appendix2025, "b2", "appendix", Sct, KhanhHoa, 2025, "23/KH-SCT", new DateOnly(2025, 3, 25));
            docs.Row(Plan2024, "b3", "plan", Sct, KhanhHoa, 2024, null, null);
        }
        using (var targets = con.Appender("targets"))
            targets.Row(Sct, "department", KhanhHoa, 2024, "SIPAS", "overall", Target.Value, Target.File, Target.Line,
                Target.Text, Target.SetBy, null, null);
        using (var tasks = con.Appender("tasks"))
        {
            tasks.Row(Appendix2025, Sct, KhanhHoa, 2025, "I", new[] { "access" },
                "Công khai đầy đủ, minh bạch các thông tin về thủ tục hành chính (TTHC)", "Văn phòng Sở chủ trì",
                "Trung tâm Phục vụ Hành chính công của tỉnh Khánh Hòa", "Thường xuyên", null, 11, "SIPAS",
                "1\t<p>- Công khai đầy đủ, minh bạch các thông tin về thủ tục hành chính (TTHC)/công việc thuộc thẩm quyền");
            tasks.Row(Plan2024, Sct, KhanhHoa, 2024, "III", new[] { "access", "procedures" },
                "Công khai TTHC đầy đủ, đúng quy định tại Bộ phận Một cửa, trên Trang Thông tin điện tử của Sở.",
                "Các phòng chuyên môn", null, "Thường xuyên", null, 108, "PAR_INDEX",
                "| 2   | Công khai TTHC đầy đủ, đúng quy định tại Bộ phận Một cửa, trên Trang Thông tin điện tử của Sở. |");
        }
        using (var conflicts = con.Appender("conflicts"))
            conflicts.Row(Sct, KhanhHoa, 2024, "SIPAS", "results", new[] { 90.61m, 89.78m }, new[] { Plan2025, Appendix2025 });
        using (var obs = con.Appender("observations"))
            obs.Row(Sct, "department", KhanhHoa, 2024, "SIPAS", "results", 89.78m, null, null, null, false, Appendix2025, 38,
                "IV\tTiêu chí 4: Kết quả, tiến độ giải quyết công việc\t\t\t\tMức độ hài lòng đạt trên 90%\tNăm 2024 đạt 89,78%",
                null, null, null);
        using (var warnings = con.Appender("warnings"))
            warnings.Row(Units, 21, "row gives neither a value nor a rank, nothing to record (notes: value not given; reported as >90%): row kept out of the observations",
                "department,Thái Nguyên,Công an tỉnh,2022,Chỉ số hài lòng (tỉnh),overall,,,13");
        using var rejections = con.Appender("rejections");
        rejections.Row("scan.docx", "c4", 0, "Tệp không phải là tài liệu Word hợp lệ", null, "uploads/x.docx", DateTime.UtcNow);
    }

    /// <summary>The statements of TestData/views_as_tables.sql, read from the source tree.</summary>
    private static IEnumerable<string> SchemaStatements()
    {
        var file = Path.Combine(RepoPaths.Root, "tests", "Dashboard", "TestData", "views_as_tables.sql");
        var body = string.Join('\n', File.ReadLines(file).Where(l => !l.TrimStart().StartsWith("--")));
        return body.Split(';').Select(s => s.Trim()).Where(s => s.Length > 0);
    }
}
