using Analytics.Pipeline.Export;
using Analytics.Pipeline.Export.Charts;
using Analytics.Pipeline.Model;
using Analytics.Pipeline.Read;

namespace Analytics.Tests.Export;

public class UnitChartsTests
{
    private static readonly ExportRequest Sct = new("Sở Công Thương", "Khánh Hòa", 2024);

    // Sở Công Thương 2024 as seeds/002 states it; 2023 derived from the stated changes; "procedures" only valued in 2025.
    private static ExportData Data(IReadOnlyList<Figure>? peers = null) => new(Sct,
        [Fig("Sở Công Thương", "overall", 2023, 86.93m), Fig("Sở Công Thương", "overall", 2024, 88.4m, 7, 18) with
            { TargetPct = 87m, TargetSource = new SourceRef("002.txt", 15, "") },
         Fig("Sở Công Thương", "access", 2023, null, 5, 18),
         Fig("Sở Công Thương", "access", 2024, 85.67m, 9, 18) with
            { Movement = -4, Source = new SourceRef("002.txt", 19, "Tiêu chí 1: Mức độ tiếp cận dịch vụ đạt 85,67%") },
         Fig("Sở Công Thương", "procedures", 2025, 80m)],
        peers ?? [],
        [new("Sở Công Thương", "Khánh Hòa", "SIPAS", "access", 2024, 85.67m, 4.33m, null, -4, ["dưới mức 90%", "tụt 4 bậc"], 8.33,
            new SourceRef("002.txt", 19, "đạt 85,67%"))]);

    /// <summary>A figure of a Khánh Hòa department: its value and rank each read from <paramref name="file"/>.</summary>
    private static Figure Fig(string unit, string criterion, int year, decimal? value, int? rank = null, int? rankOf = null,
        string file = "002.txt") =>
        new(unit, "department", "Khánh Hòa", "SIPAS", criterion, year, value, 90 - value, null, rank, rankOf, null, null, null, null,
            new SourceRef(file, 1, ""))
        { RankSource = rank is null ? null : new SourceRef(file, 1, "") };

    [Fact]
    public void Build_OneUnitAlone_BarsTrendAndCriterionRanksOnly()
    {
        var export = UnitCharts.Build(Data(), Samples.Date);
        Assert.Equal(["hinh-1-tieu-chi", "hinh-2-dien-bien", "hinh-3-thu-hang-tieu-chi"], export.Charts.Select(c => c.Stem));
        var bars = Assert.IsType<CriterionBarsChart>(export.Charts[0].Chart);
        Assert.Equal([new CriterionBar("Chỉ số chung", 88.4m, 87m), new CriterionBar("Tiếp cận dịch vụ", 85.67m, null),
            new CriterionBar("Thủ tục hành chính", null, null)], bars.Bars);
        Assert.Equal("Sở Công Thương · Khánh Hòa · 2024", bars.Header.Subtitle);
        Assert.Equal(["002.txt"], bars.Header.Sources);
        var trend = Assert.IsType<TrendChart>(export.Charts[1].Chart);
        Assert.Equal([2023, 2024], trend.Years);
        Assert.Equal([null, 85.67m], trend.Series.Single(s => s.Name == "Tiếp cận dịch vụ").Values);
        var ranks = Assert.IsType<RankChart>(export.Charts[2].Chart);
        Assert.Equal("Thứ hạng từng tiêu chí qua các năm (trong 18 đơn vị)", ranks.Header.Title);
        Assert.Equal(["Tiêu chí cần cải thiện, theo mức độ ưu tiên — Sở Công Thương · Khánh Hòa · 2024", "Số liệu và nguồn — Sở Công Thương · Khánh Hòa · 2024"],
            export.Tables.Select(t => t.Title));
        Assert.Equal(["Tiếp cận dịch vụ", 85.67m, 9, 18, -4, "002.txt, dòng 19", "Tiêu chí 1: Mức độ tiếp cận dịch vụ đạt 85,67%", null],
            export.Tables[1].Rows.Single(r => Equals(r[0], "Tiếp cận dịch vụ")));
        Assert.Equal(["Tiếp cận dịch vụ", 85.67m, -4.33m, null, -4, "dưới mức 90%; tụt 4 bậc", "002.txt, dòng 19", null], export.Tables[0].Rows[0]); // value − 90
    }

    public static TheoryData<string, string, string?, string, string?, string?> DoubtfulFigures => new()
    {
        // what makes the 2024 access figure (002.txt line 19) doubtful; what the pack's "Lưu ý về số liệu" says of it in
        // the figures table, then in the weak-criteria table (whose value is known by its source line only); the marks
        // its value carries on the criterion and trend charts, and its rank on the rank chart
        { "remark on the value", "Chính nguồn ghi chú: số liệu tạm tính.", "Chính nguồn ghi chú: số liệu tạm tính.", "Tạm tính", "~", "~" },   // a provisional figure: its rank too
        { "remark on the rank", "Chính nguồn ghi chú: thứ hạng suy từ thứ tự liệt kê trong nguồn, không phải thứ hạng công bố.", null, "rank from listed order", null, "~" },
        { "OCR", "Đọc bằng nhận dạng chữ (OCR), độ tin cậy 61,5%: thấp, cần đối chiếu với bản gốc.", "Đọc bằng nhận dạng chữ (OCR), độ tin cậy 61,5%: thấp, cần đối chiếu với bản gốc.", "", "?", "?" },
        { "conflict", "Các văn bản nêu số khác nhau.", null, "", "≠", null },
    };

    [Theory, MemberData(nameof(DoubtfulFigures))]
    public void Build_ADoubtfulFigure_TheTablesSayWhy_TheChartsMarkIt(string doubt, string figures, string? weak, string note,
        string? valueMarks, string? rankMarks)
    {
        var line19 = new SourceRef("002.txt", 19, "");
        var doubts = new Doubts(
            doubt == "conflict" ? [new ConflictSide("Sở Công Thương", "Khánh Hòa", 2024, "SIPAS", "access", 85.67m, line19, true)] : [],
            doubt == "OCR" ? [new UncertainSource("002.txt", 19, 61.5m)] : [],
            note.Length > 0 ? [new NotedSource("002.txt", 19, note)] : []);
        var data = Data() with { Figures = [.. Data().Figures.Select(f => f.Criterion == "access" && f.Year == 2024 ? f with { RankSource = line19 } : f)], Doubts = doubts };
        var export = UnitCharts.Build(data, Samples.Date);
        Assert.Equal(figures, export.Tables[1].Rows.Single(r => Equals(r[0], "Tiếp cận dịch vụ")).Last());
        Assert.Equal(weak, export.Tables[0].Rows[0].Last());
        Assert.Null(export.Tables[1].Rows.Single(r => Equals(r[0], "Chỉ số chung")).Last());
        var bars = Assert.IsType<CriterionBarsChart>(export.Charts[0].Chart).Bars;
        Assert.Equal([null, valueMarks, null], bars.Select(b => b.Marks));
        var access = Assert.IsType<TrendChart>(export.Charts[1].Chart).Series.Single(s => s.Name == "Tiếp cận dịch vụ");
        Assert.Equal([null, valueMarks], access.Marks);                                          // 2023, 2024
        var ranks = Assert.IsType<RankChart>(export.Charts[2].Chart).Lines.Single(l => l.Name == "Tiếp cận dịch vụ");
        Assert.Equal([null, rankMarks], ranks.Marks);
    }

    [Fact]
    public void Build_PeersOverYears_RankHeatmapAndSmallMultiples()
    {
        var peers = new List<Figure>
        {
            Fig("Sở Công Thương", "access", 2024, 85.67m), Fig("Sở Tư pháp", "access", 2024, 92m, file: "x.csv"),
            Fig("Sở Tư pháp", "access", 2023, 91m, file: "x.csv"),
            Fig("Sở Công Thương", "overall", 2024, null, 7, 18), Fig("Sở Tư pháp", "overall", 2023, null, 2, 18, "x.csv"),
            Fig("Sở Tư pháp", "overall", 2024, null, 1, 18, "x.csv"), Fig("Sở Y tế", "overall", 2024, null, 3, 18, "x.csv"), // one year only: left out
        };
        var export = UnitCharts.Build(Data(peers), Samples.Date);
        var rank = Assert.IsType<RankChart>(export.Charts.Single(c => c.Stem.EndsWith("thu-hang-cung-nhom")).Chart);
        Assert.Equal(["Sở Công Thương", "Sở Tư pháp"], rank.Lines.Select(l => l.Name));
        Assert.Equal("Sở Công Thương", rank.Focus);
        var heat = Assert.IsType<HeatmapChart>(export.Charts.Single(c => c.Stem.EndsWith("khoang-cach-90")).Chart);
        Assert.Equal(["Sở Công Thương", "Sở Tư pháp"], heat.Units);
        Assert.Equal([[85.67m], [92m]], heat.Values);
        var multiples = Assert.IsType<SmallMultiplesChart>(export.Charts.Single(c => c.Stem.EndsWith("cung-nhom-qua-cac-nam")).Chart);
        Assert.Equal("Tiếp cận dịch vụ", multiples.Criterion); // the weakest criterion
        Assert.Equal([null, 85.67m], multiples.Panels[0].Values);
        Assert.Equal(["002.txt", "x.csv"], multiples.Header.Sources);
    }

    [Fact]
    public void Build_RankFieldChanged_TitleSaysSoPerYear()
    {
        var ranks = new List<Figure>
        {
            Fig("Sở Tư pháp", "overall", 2024, null, 2, 18, "a"), Fig("Sở Tư pháp", "overall", 2025, null, 1, 12, "b"),
            Fig("Sở Công Thương", "overall", 2024, null, 7, 18, "a"),
        };
        var export = UnitCharts.Build(Data(ranks) with { Request = Sct with { Year = 2025 } }, Samples.Date);
        Assert.Equal("Thứ hạng chỉ số chung trong nhóm (số đơn vị xếp hạng: 2024: 18, 2025: 12)",
            export.Charts.Single(c => c.Stem.EndsWith("thu-hang-cung-nhom")).Chart.Header.Title);
    }
}
