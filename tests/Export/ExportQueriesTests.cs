using Analytics.Pipeline.Export;

namespace Analytics.Tests.Export;

/// <summary>Given rows in the analytic views (real figures: seeds/002 for Sở Công Thương 2023–2024,
/// data/sipas_units_in_provinces.csv for Khánh Hòa's departments in 2025), the export reads exactly these rows.</summary>
public class ExportQueriesTests
{
    private static ViewsDb KhanhHoa2025() => new ViewsDb()
        .Value("Sở Tài chính", 2025, "overall", 84.91m).Value("Sở Tài chính", 2025, "access", 82.62m)
        .Rank("Sở Tài chính", 2025, "overall", 12, 12).Rank("Sở Tài chính", 2025, "procedures", 12, 12)
        .Rank("Sở Tài chính", 2025, "results", 12, 12)
        .Value("Sở Tư pháp", 2025, "overall", 94.99m).Rank("Sở Tư pháp", 2025, "overall", 1, 12)
        .Value("Sở Nông nghiệp và Môi trường", 2025, "access", 73.72m)
        .Value("Sở Văn hóa, Thể thao và Du lịch", 2025, "civil_servants", 99.02m)
        .Value("Sở Công Thương", 2024, "reception", 88.57m).Value("Sở Công Thương", 2024, "overall", 88.4m, target: 87m)
        .Rank("Sở Công Thương", 2024, "overall", 7, 18)
        .Value("Công an tỉnh", 2025, "overall", 87.33m, kind: "vertical_agency")
        .Value("Sở Tài chính", 2025, "overall", 81m, province: "Gia Lai"); // another province's department: not a peer

    [Fact]
    public void Read_Bars_UnitValuesAndMissingCriteriaItsPeersHave()
    {
        using var db = KhanhHoa2025();
        var data = ExportQueries.Read(db.Con, new ExportRequest("Sở Tài chính", "Khánh Hòa", 2025));
        Assert.Equal([
            new CriterionRow("access", 82.62m, null, "f.txt", null),
            new CriterionRow("civil_servants", null, null, null, null),      // a peer has it this year
            new CriterionRow("overall", 84.91m, null, "f.txt", null),
            new CriterionRow("procedures", null, null, null, null),          // ranked 12/12, value not published
            new CriterionRow("results", null, null, null, null),
        ], data.Bars);
    }

    [Fact]
    public void Read_Bars_TargetCarried()
    {
        using var db = KhanhHoa2025();
        var bars = ExportQueries.Read(db.Con, new ExportRequest("Sở Công Thương", "Khánh Hòa", 2024)).Bars;
        Assert.Contains(new CriterionRow("overall", 88.4m, 87m, "f.txt", "f.txt"), bars);
        Assert.Contains(new CriterionRow("reception", 88.57m, null, "f.txt", null), bars);
    }

    public static TheoryData<string, string?, int?, string?, DateOnly?, string> DocumentCases => new()
    {
        { "plan", "Sở Công Thương", 2025, "45/KH-SCT", new DateOnly(2025, 2, 10), "Kế hoạch số 45/KH-SCT của Sở Công Thương, ngày 10/02/2025" },
        { "plan", "Sở Công Thương", 2025, "/KH-SCT", null, "Kế hoạch của Sở Công Thương (năm 2025)" }, // a draft's blank number
        { "results", null, 2024, null, null, "Bảng kết quả f.txt" }, // nothing stated but the kind: the file says which
        { "decision", "UBND tỉnh Khánh Hòa", 2024, "91/QĐ-UBND", new DateOnly(2024, 1, 11), "Quyết định số 91/QĐ-UBND của UBND tỉnh Khánh Hòa, ngày 11/01/2024" },
    };

    [Theory, MemberData(nameof(DocumentCases))]
    public void Read_Sources_NamedByDocumentNotFile(string kind, string? issuer, int? year, string? number, DateOnly? on, string expected)
    {
        using var db = new ViewsDb().Value("Sở Công Thương", 2024, "overall", 88.4m).Document("f.txt", kind, issuer, year, number, on);
        var data = ExportQueries.Read(db.Con, new ExportRequest("Sở Công Thương", "Khánh Hòa", 2024));
        Assert.Equal([expected], data.Sources(data.Bars.Select(b => b.SourceFile)));
        Assert.Equal(["g.txt"], data.Sources(["g.txt", null])); // a file no document row names stays its file
    }

    [Fact]
    public void Read_PeerValues_SameKindSameProvinceOnly()
    {
        using var db = KhanhHoa2025();
        var data = ExportQueries.Read(db.Con, new ExportRequest("Sở Tài chính", "Khánh Hòa", 2025));
        Assert.Equal(["Sở Công Thương", "Sở Nông nghiệp và Môi trường", "Sở Tài chính", "Sở Tư pháp", "Sở Văn hóa, Thể thao và Du lịch"],
            data.PeerValues.Select(v => v.Unit).Distinct());
        Assert.Equal(new PeerValueRow("Sở Tư pháp", "overall", 2025, 94.99m, "f.txt"), data.PeerValues.Single(v => v.Unit == "Sở Tư pháp"));
        Assert.DoesNotContain(data.PeerValues, v => v.Value == 81m || v.Value == 87.33m);
        Assert.Equal([("Sở Công Thương", 2024, 7), ("Sở Tài chính", 2025, 12), ("Sở Tư pháp", 2025, 1)],
            data.PeerRanks.Select(r => (r.Name, r.Year, r.Rank!.Value)));
    }

    [Fact]
    public void Read_Province_PeersAreTheOtherProvinces()
    {
        using var db = new ViewsDb()
            .Value("Khánh Hòa", 2024, "overall", 83.66m, kind: "province").Rank("Khánh Hòa", 2024, "overall", 30, 63, kind: "province")
            .Value("Hải Phòng", 2024, "overall", 90.59m, kind: "province", province: "Hải Phòng")
            .Value("Hải Phòng", 2023, "overall", 88.09m, kind: "province", province: "Hải Phòng")
            .Value("Sở Công Thương", 2024, "overall", 88.4m);
        var data = ExportQueries.Read(db.Con, new ExportRequest("Khánh Hòa", "Khánh Hòa", 2024));
        Assert.Equal([("Hải Phòng", 2023, 88.09m), ("Hải Phòng", 2024, 90.59m), ("Khánh Hòa", 2024, 83.66m)],
            data.PeerValues.Select(v => (v.Unit, v.Year, v.Value!.Value)));
    }

    [Fact]
    public void Read_TrendsRanksWeakAndDetails_ForTheUnitUpToTheYear()
    {
        using var db = new ViewsDb()
            .Value("Sở Công Thương", 2023, "overall", 86.93m).Value("Sở Công Thương", 2024, "overall", 88.4m, line: 15)
            .Value("Sở Công Thương", 2024, "access", 85.67m, line: 19)
            .Value("Sở Công Thương", 2025, "access", 91m) // a later year is not read
            .Rank("Sở Công Thương", 2023, "access", 5, 18).Rank("Sở Công Thương", 2024, "access", 9, 18, movement: -4)
            .Weak("Sở Công Thương", 2024, "overall", 88.4m, 1.6, ["dưới mức 90%"])
            .Weak("Sở Công Thương", 2024, "access", 85.67m, 8.33, ["dưới mức 90%", "tụt 4 bậc"]);
        var data = ExportQueries.Read(db.Con, new ExportRequest("Sở Công Thương", "Khánh Hòa", 2024));
        Assert.Equal([("access", 2024, 85.67m), ("overall", 2023, 86.93m), ("overall", 2024, 88.4m)],
            data.Trends.Select(t => (t.Name, t.Year, t.Value!.Value)));
        Assert.Equal([(2023, 5), (2024, 9)], data.Ranks.Select(r => (r.Year, r.Rank!.Value)));
        Assert.Equal(["access", "overall"], data.Weak.Select(w => w.Criterion));
        Assert.Equal(["dưới mức 90%", "tụt 4 bậc"], data.Weak[0].Reasons);
        Assert.Equal(new DetailRow("access", 85.67m, 9, 18, -4, "f.txt", 19, "text"), data.Details[0]);
        Assert.Equal(new DetailRow("overall", 88.4m, null, null, null, "f.txt", 15, "text"), data.Details[1]);
    }

    [Fact]
    public void Read_HostileUnitName_IsABoundValue()
    {
        using var db = KhanhHoa2025();
        var data = ExportQueries.Read(db.Con, new ExportRequest("x' OR '1'='1", "Khánh Hòa'; DROP TABLE gaps; --", 2025));
        Assert.Empty(data.Bars);
        Assert.Equal(5, ExportQueries.Read(db.Con, new ExportRequest("Sở Tài chính", "Khánh Hòa", 2025)).Bars.Count);
    }
}
