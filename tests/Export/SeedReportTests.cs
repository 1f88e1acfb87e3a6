using Analytics.Pipeline.Analyze;
using Analytics.Pipeline.Export.Report;
using Analytics.Pipeline.Load;
using Analytics.Pipeline.Read;
using Analytics.Tests.Analyze;

namespace Analytics.Tests.Export;

/// <summary>Golden analytics over the real seeds and data/: expectations computed by hand from the documents.</summary>
public class SeedReportTests(SeedDatabase seeds) : IClassFixture<SeedDatabase>
{
    private Figure Row(UnitReport report, string criterion) => report.Criteria.Single(c => c.IndexCode == "SIPAS" && c.Criterion == criterion);

    private UnitReport SoCongThuong2024()
    {
        using var con = seeds.Connect();
        return UnitReports.Read(con, "Sở Công thương", "Khánh Hoà", 2024);
    }

    [Fact]
    public void Ingest_AllDocumentsLoad_ChecksPass()
    {
        Assert.DoesNotContain(seeds.Outcomes, o => o.Failed);
        Assert.Equal(8, seeds.Outcomes.Count(o => o.Status == IngestStatus.Loaded));
        using var con = seeds.Connect();
        Assert.Empty(DataChecks.Run(con));
    }

    public static TheoryData<string, double, double, int?, int, int?> Criteria => new()
    {
        // criterion, value, gap to 90, movement, rank, stated movement  (seeds/002: "xếp hạng 9/18, giảm 4 bậc" …)
        { "overall", 88.4, 1.6, null, 7, null },
        { "access", 85.67, 4.33, -4, 9, -4 },
        { "reception", 88.57, 1.43, 2, 6, 2 },
        { "civil_servants", 89.78, 0.22, -3, 10, -3 },
        { "results", 90.61, -0.61, -3, 11, -3 },
        { "feedback", 87.39, 2.61, 5, 6, 5 },
    };

    [Theory, MemberData(nameof(Criteria))]
    public void SoCongThuong2024_Criterion(string criterion, double value, double gap, int? movement, int rank, int? stated)
    {
        var row = Row(SoCongThuong2024(), criterion);
        Assert.Equal((decimal)value, row.ValuePct);
        Assert.Equal((decimal)gap, row.GapTo90);
        Assert.Equal(movement, row.Movement);
        Assert.Equal(stated, row.StatedMovement);
        Assert.Equal((rank, 18), (row.Rank, row.RankOf));
        Assert.Equal("002_cafea9ff515821b6.txt", row.Source?.File);
    }

    [Fact]
    public void SoCongThuong2024_Overall_ChangeAndProvinceTarget()
    {
        var overall = Row(SoCongThuong2024(), "overall");
        Assert.Equal((2023, 86.93m, 1.47m), (overall.PrevYear!.Value, overall.PrevValuePct!.Value, overall.ChangePp!.Value));
        Assert.Equal(87m, overall.TargetPct);
        Assert.Equal(-1.4m, overall.GapToTarget);
    }

    [Fact]
    public void SoCongThuong2024_WeakCriteria_AccessFirst_ResultsWeakAboveNinety()
    {
        var weak = SoCongThuong2024().Weak;
        Assert.Equal("access", weak[0].Criterion);
        Assert.Equal(["dưới mức 90%", "tụt 4 bậc"], weak[0].Reasons);
        var results = weak.Single(w => w.Criterion == "results");
        Assert.Equal(["tụt 3 bậc"], results.Reasons);
        Assert.Equal(6, weak.Count);
    }

    [Fact]
    public void Conflicts_AppendixAgainstBody_Kept()
    {
        using var con = seeds.Connect();
        var rows = con.Query("SELECT criterion, CAST(value_pcts AS VARCHAR[]) AS v FROM conflicts WHERE unit = 'Sở Công Thương' AND year = 2024 ORDER BY criterion",
            r => (r.String("criterion"), string.Join(" ", r.StringList("v")!)));
        Assert.Equal([("feedback", "87.39 89.78"), ("results", "89.78 90.61")], rows);
    }

    [Fact]
    public void Provinces_KhanhHoa2024_AndGiaLai2023()
    {
        using var con = seeds.Connect();
        var kh = UnitReports.Read(con, "Khánh Hòa", "Khánh Hòa", 2024);
        var overall = kh.Criteria.Single(c => c.IndexCode == "SIPAS" && c.Criterion == "overall");
        Assert.Equal((83.66m, 30, 63), (overall.ValuePct!.Value, overall.Rank!.Value, overall.RankOf!.Value));
        var gl = UnitReports.Read(con, "Gia Lai", "Gia Lai", 2023);
        Assert.Equal(84.19m, gl.Criteria.Single(c => c.Criterion == "access").ValuePct);
        Assert.Equal(83.84m, gl.Criteria.Single(c => c.Criterion == "overall").ValuePct);
    }
}
