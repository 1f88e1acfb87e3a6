using Analytics.Pipeline.Read;
using Analytics.Pipeline.Export;
using Analytics.Tests.Analyze;

namespace Analytics.Tests.Export;

/// <summary>Given raw rows (real figures: seeds/002 for Sở Công Thương 2023–2024, data/sipas_units_in_provinces.csv for
/// Khánh Hòa's departments in 2025), the export reads exactly these figures through the read layer.</summary>
public class ExportDataTests
{
    private static GivenDb KhanhHoa2025() => new GivenDb().Doc("f.txt", 2025)
        .Obs("f.txt", "Sở Tài chính", 2025, "overall", 84.91m, 12, 12).Obs("f.txt", "Sở Tài chính", 2025, "access", 82.62m)
        .Obs("f.txt", "Sở Tài chính", 2025, "procedures", null, 12, 12).Obs("f.txt", "Sở Tài chính", 2025, "results", null, 12, 12)
        .Obs("f.txt", "Sở Tư pháp", 2025, "overall", 94.99m, 1, 12)
        .Obs("f.txt", "Sở Nông nghiệp và Môi trường", 2025, "access", 73.72m)
        .Obs("f.txt", "Sở Văn hóa, Thể thao và Du lịch", 2025, "civil_servants", 99.02m)
        .Obs("f.txt", "Sở Công Thương", 2024, "reception", 88.57m).Obs("f.txt", "Sở Công Thương", 2024, "overall", 88.4m, 7, 18)
        .Target("f.txt", "Sở Công Thương", 2024, "overall", 87m)
        .Obs("f.txt", "Công an tỉnh", 2025, "overall", 87.33m, kind: "vertical_agency")
        .Obs("f.txt", "Sở Tài chính", 2025, "overall", 81m, province: "Gia Lai"); // another province's department: not a peer

    [Fact]
    public void Read_Bars_UnitValuesAndMissingCriteriaItsPeersHave()
    {
        using var db = KhanhHoa2025();
        var data = ExportData.Read(db.Con, new ExportRequest("Sở Tài chính", "Khánh Hòa", 2025));
        Assert.Equal([
            ("access", 82.62m, (decimal?)null),
            ("civil_servants", null, null),      // a peer has it this year
            ("overall", 84.91m, null),
            ("procedures", null, null),          // ranked 12/12, value not published
            ("results", null, null),
        ], data.Bars.Select(b => (b.Criterion, b.Figure?.ValuePct, b.Figure?.TargetPct)));
    }

    [Fact]
    public void Read_Bars_TargetCarriedWithItsSource()
    {
        using var db = KhanhHoa2025();
        var bars = ExportData.Read(db.Con, new ExportRequest("Sở Công Thương", "Khánh Hòa", 2024)).Bars;
        var overall = bars.Single(b => b.Criterion == "overall").Figure!;
        Assert.Equal((88.4m, 87m, "f.txt", "f.txt"), (overall.ValuePct, overall.TargetPct, overall.Source?.File, overall.TargetSource?.File));
        Assert.Equal((88.57m, (decimal?)null), (bars.Single(b => b.Criterion == "reception").Figure!.ValuePct,
            bars.Single(b => b.Criterion == "reception").Figure!.TargetPct));
    }

    public static TheoryData<string, string?, int?, string?, DateOnly?, string> DocumentCases => new()
    {
        { "plan", "Sở Công Thương", 2025, "45/KH-SCT", new DateOnly(2025, 2, 10), "Kế hoạch số 45/KH-SCT của Sở Công Thương, ngày 10/02/2025" },
        { "plan", "Sở Công Thương", 2025, "/KH-SCT", null, "Kế hoạch của Sở Công Thương (năm 2025)" }, // a draft's blank number
        // nothing stated but the kind: named by what its figures cover, not by its file
        { "results", null, 2024, null, null, "Bảng kết quả SIPAS các sở, ngành, Khánh Hòa, năm 2024" },
        { "decision", "UBND tỉnh Khánh Hòa", 2024, "91/QĐ-UBND", new DateOnly(2024, 1, 11), "Quyết định số 91/QĐ-UBND của UBND tỉnh Khánh Hòa, ngày 11/01/2024" },
    };

    [Theory, MemberData(nameof(DocumentCases))]
    public void Read_Sources_NamedByDocumentNotFile(string kind, string? issuer, int? year, string? number, DateOnly? on, string expected)
    {
        using var db = new GivenDb().Document("f.txt", kind, issuer, year, number, on).Obs("f.txt", "Sở Công Thương", 2024, "overall", 88.4m);
        var data = ExportData.Read(db.Con, new ExportRequest("Sở Công Thương", "Khánh Hòa", 2024));
        Assert.Equal([expected], data.Sources(data.Bars.Select(b => b.Figure?.Source?.File)));
        Assert.Equal(["g.txt"], data.Sources(["g.txt", null])); // a file no document row names stays its file
    }

    public static TheoryData<string[], string[], string[], int?, int?, string?> CoverCases => new()
    {
        { ["SIPAS"], ["national", "province"], ["Bình Dương", "Quảng Ninh"], 2017, 2024, "SIPAS các tỉnh, thành phố, 2017–2024" },
        { ["PAR_INDEX", "SIPAS"], ["province"], ["Hà Nội"], 2023, 2023, "PAR INDEX, SIPAS các tỉnh, thành phố, năm 2023" },
        { ["SIPAS"], ["department"], ["Khánh Hòa"], 2025, 2025, "SIPAS các sở, ngành, Khánh Hòa, năm 2025" },
        { ["SIPAS"], ["department", "other"], ["Khánh Hòa", "Thái Nguyên"], 2022, 2025, "SIPAS các cơ quan, đơn vị (2 tỉnh, thành phố), 2022–2025" },
        { [], [], [], null, null, null }, // no figure: nothing to say (the file names it)
    };

    [Theory, MemberData(nameof(CoverCases))]
    public void Describe_Cover_NamesIndicesUnitsYears(string[] indices, string[] kinds, string[] provinces, int? first, int? last,
        string? expected) =>
        Assert.Equal(expected, new DocumentCover(indices, kinds, provinces, first, last).Describe());

    [Fact]
    public void Read_PeerValues_SameKindSameProvinceOnly()
    {
        using var db = KhanhHoa2025();
        var data = ExportData.Read(db.Con, new ExportRequest("Sở Tài chính", "Khánh Hòa", 2025));
        Assert.Equal(["Sở Công Thương", "Sở Nông nghiệp và Môi trường", "Sở Tài chính", "Sở Tư pháp", "Sở Văn hóa, Thể thao và Du lịch"],
            data.PeerValues.Select(v => v.Unit).Distinct());
        Assert.Equal(("overall", 2025, 94.99m), data.PeerValues.Where(v => v.Unit == "Sở Tư pháp").Select(v => (v.Criterion, v.Year, v.ValuePct!.Value)).Single());
        Assert.DoesNotContain(data.PeerValues, v => v.ValuePct == 81m || v.ValuePct == 87.33m);
        Assert.Equal([("Sở Công Thương", 2024, 7), ("Sở Tài chính", 2025, 12), ("Sở Tư pháp", 2025, 1)],
            data.PeerRanks.Select(r => (r.Unit, r.Year, r.Rank!.Value)));
    }

    [Fact]
    public void Read_Province_PeersAreTheOtherProvinces()
    {
        using var db = new GivenDb().Doc("f.txt", 2024)
            .Obs("f.txt", "Khánh Hòa", 2024, "overall", 83.66m, 30, 63, kind: "province")
            .Obs("f.txt", "Hải Phòng", 2024, "overall", 90.59m, kind: "province", province: "Hải Phòng")
            .Obs("f.txt", "Hải Phòng", 2023, "overall", 88.09m, kind: "province", province: "Hải Phòng")
            .Obs("f.txt", "Sở Công Thương", 2024, "overall", 88.4m);
        var data = ExportData.Read(db.Con, new ExportRequest("Khánh Hòa", "Khánh Hòa", 2024));
        Assert.Equal([("Hải Phòng", 2023, 88.09m), ("Hải Phòng", 2024, 90.59m), ("Khánh Hòa", 2024, 83.66m)],
            data.PeerValues.Select(v => (v.Unit, v.Year, v.ValuePct!.Value)));
    }

    [Fact]
    public void Read_TrendsRanksWeakAndDetails_ForTheUnitUpToTheYear()
    {
        using var db = new GivenDb().Doc("f.txt", 2024)
            .Obs("f.txt", "Sở Công Thương", 2023, "overall", 86.93m).Obs("f.txt", "Sở Công Thương", 2024, "overall", 88.4m, line: 15)
            .Obs("f.txt", "Sở Công Thương", 2024, "access", 85.67m, line: 19)
            .Obs("f.txt", "Sở Công Thương", 2025, "access", 91m) // a later year is not read
            .Obs("f.txt", "Sở Công Thương", 2023, "access", null, 5, 18).Obs("f.txt", "Sở Công Thương", 2024, "access", null, 9, 18, line: 20);
        var data = ExportData.Read(db.Con, new ExportRequest("Sở Công Thương", "Khánh Hòa", 2024));
        Assert.Equal([("access", 2024, 85.67m), ("overall", 2023, 86.93m), ("overall", 2024, 88.4m)],
            data.Trends.Select(t => (t.Criterion, t.Year, t.ValuePct!.Value)));
        Assert.Equal([(2023, 5, 1), (2024, 9, 20)], data.Ranks.Select(r => (r.Year, r.Rank!.Value, r.RankSource!.Line)));
        Assert.Equal(["access", "overall"], data.Weak.Select(w => w.Criterion));
        Assert.Equal(["dưới mức 90%", "tụt 4 bậc"], data.Weak[0].Reasons);
        Assert.Equal(8.33, data.Weak[0].Severity);
        Assert.Equal([("access", 85.67m, 9, 18, -4, "f.txt:19"), ("overall", 88.4m, null, null, null, "f.txt:15")],
            data.Details.Select(d => (d.Criterion, d.ValuePct, d.Rank, d.RankOf, d.Movement, $"{d.Source?.File}:{d.Source?.Line}")));
    }

    [Fact]
    public void Read_HostileUnitName_IsABoundValue()
    {
        using var db = KhanhHoa2025();
        var data = ExportData.Read(db.Con, new ExportRequest("x' OR '1'='1", "Khánh Hòa'; DROP TABLE gaps; --", 2025));
        Assert.Empty(data.Bars);
        Assert.Equal(5, ExportData.Read(db.Con, new ExportRequest("Sở Tài chính", "Khánh Hòa", 2025)).Bars.Count);
    }
}
