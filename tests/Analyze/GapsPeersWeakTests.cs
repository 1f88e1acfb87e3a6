namespace Analytics.Tests.Analyze;

/// <summary>Given/expect for gaps, peer_comparison and weak_criteria, with hand-computed expectations.</summary>
public class GapsPeersWeakTests
{
    [Fact]
    public void Gaps_To90AndToPlanTarget()
    {
        using var g = new GivenDb().Doc("p.txt", 2025)
            .Obs("p.txt", "Sở Công Thương", 2024, "overall", 88.4m)
            .Target("p.txt", "Sở Công Thương", 2024, "overall", 87m, setBy: "province")
            .Target("p.txt", "Sở Công Thương", 2024, "overall", 89m, setBy: "plan");
        var row = g.Con.Query("SELECT gap_to_90, target_pct, gap_to_target, meets_90, meets_target FROM gaps",
            r => (r.Decimal("gap_to_90"), r.Decimal("target_pct"), r.Decimal("gap_to_target"), r.Bool("meets_90"), r.Bool("meets_target"))).Single();
        Assert.Equal((1.6m, 89m, 0.6m, false, false), row);
    }

    [Fact]
    public void PeerComparison_DepartmentsOfProvince()
    {
        using var g = new GivenDb().Doc("r.csv", 2024)
            .Obs("r.csv", "Sở A", 2024, "access", 80m, origin: "published")
            .Obs("r.csv", "Sở B", 2024, "access", 85.67m, origin: "published")
            .Obs("r.csv", "Sở C", 2024, "access", 90m, origin: "published")
            .Obs("r.csv", "Sở B", 2024, "access", 70m, origin: "published", province: "Gia Lai");
        var row = g.Con.Query("SELECT peer_avg, peer_best, peer_worst, peer_n, rank_in_peers FROM peer_comparison WHERE unit = 'Sở B' AND province = 'Khánh Hòa' AND peer_group = 'province_departments'",
            r => (r.Decimal("peer_avg"), r.Decimal("peer_best"), r.Decimal("peer_worst"), r.Long("peer_n"), r.Long("rank_in_peers"))).Single();
        Assert.Equal((85.22m, 90m, 80m, 3L, 2L), row);
        var across = g.Con.Query("SELECT peer_n, peer_worst FROM peer_comparison WHERE unit = 'Sở B' AND province = 'Khánh Hòa' AND peer_group = 'department_across_provinces'",
            r => (r.Long("peer_n"), r.Decimal("peer_worst"))).Single();
        Assert.Equal((2L, 70m), across);
    }

    public static TheoryData<string, decimal, int?, decimal?, string[], double> WeakCases => new()
    {
        // criterion, value, stated rank change, value change, expected reasons, expected severity
        { "access", 85.67m, -4, null, ["dưới mức 90%", "tụt 4 bậc"], 8.33 },
        { "results", 90.61m, -3, null, ["tụt 3 bậc"], 3 },
        { "feedback", 91m, -1, -0.5m, ["giảm so với năm trước"], 0.5 },
        { "reception", 88.57m, 2, 1m, ["dưới mức 90%"], 1.43 },
    };

    [Theory, MemberData(nameof(WeakCases))]
    public void WeakCriteria_ReasonsAndSeverity(string criterion, decimal value, int? rankChange, decimal? valueChange, string[] reasons, double severity)
    {
        using var g = new GivenDb().Doc("p.txt", 2025)
            .Obs("p.txt", "Sở Công Thương", 2024, criterion, value, rank: 9, rankOf: 18, rankChange: rankChange, valueChange: valueChange);
        if (valueChange is { } change)
            g.Obs("p.txt", "Sở Công Thương", 2023, criterion, value - change, derived: true);
        var row = g.Con.Query("SELECT reasons, severity FROM weak_criteria WHERE year = 2024",
            r => (r.StringList("reasons"), r.Double("severity"))).Single();
        Assert.Equal(reasons, row.Item1!);
        Assert.Equal(severity, row.Item2!.Value, 2);
    }

    [Fact]
    public void WeakCriteria_AboveNinetyRisingSteady_NotWeak()
    {
        using var g = new GivenDb().Doc("p.txt", 2025)
            .Obs("p.txt", "Sở Công Thương", 2024, "results", 92m, rank: 2, rankOf: 18, rankChange: 1);
        Assert.Equal(0L, g.Con.Scalar<long>("SELECT count(*) FROM weak_criteria"));
    }
}
