namespace Analytics.Tests.Analyze;

/// <summary>Given/expect for trends (changes, merger breaks) and rank_movements (computed vs stated).</summary>
public class TrendsAndRanksTests
{
    [Fact]
    public void Trends_ChangeFromPreviousYear()
    {
        using var g = new GivenDb().Doc("p.txt", 2025)
            .Obs("p.txt", "Sở Công Thương", 2024, "overall", 88.4m, valueChange: 1.47m)
            .Obs("p.txt", "Sở Công Thương", 2023, "overall", 86.93m, derived: true);
        var row = g.Con.Query("SELECT prev_year, prev_value_pct, change_pp, series_break FROM trends WHERE year = 2024",
            r => (r.Int("prev_year"), r.Decimal("prev_value_pct"), r.Decimal("change_pp"), r.Bool("series_break"))).Single();
        Assert.Equal((2023, 86.93m, 1.47m, false), row);
    }

    [Fact]
    public void Trends_AcrossMerger_BreakNotChange()
    {
        using var g = new GivenDb().Doc("a.csv", 2025)
            .Obs("a.csv", "Sở Tài chính", 2024, "overall", 86.0m, origin: "published")
            .Obs("a.csv", "Sở Tài chính", 2025, "overall", 84.91m, origin: "published");
        g.Con.Execute("DELETE FROM unit_lineage");
        g.Con.Execute("INSERT INTO unit_lineage VALUES ('Sở Tài chính', 'department', NULL, 'Sở Kế hoạch và Đầu tư', DATE '2025-03-01', NULL)");
        var row = g.Con.Query("SELECT change_pp, series_break, break_note FROM trends WHERE year = 2025",
            r => (r.Decimal("change_pp"), r.Bool("series_break"), r.String("break_note"))).Single();
        Assert.Null(row.Item1);
        Assert.True(row.Item2);
        Assert.Contains("Sở Kế hoạch và Đầu tư", row.Item3);
    }

    public static TheoryData<int?, bool, int?, bool?> Movements => new()
    {
        // stated change, previous rank derived?, expected movement, expected agrees
        { -4, false, -4, true },
        { -3, false, -4, false },
        { -4, true, -4, null },
        { null, false, -4, null },
    };

    [Theory, MemberData(nameof(Movements))]
    public void RankMovements_ComputedAndStated(int? stated, bool prevDerived, int? movement, bool? agrees)
    {
        using var g = new GivenDb().Doc("y24.txt", 2024).Doc("y25.txt", 2025)
            .Obs("y24.txt", "Sở Công Thương", 2023, "access", null, rank: 5, rankOf: 18, derived: prevDerived)
            .Obs("y25.txt", "Sở Công Thương", 2024, "access", 85.67m, rank: 9, rankOf: 18, rankChange: stated);
        var row = g.Con.Query("SELECT prev_rank, movement, stated_movement, agrees FROM rank_movements WHERE year = 2024",
            r => (r.Int("prev_rank"), r.Int("movement"), r.Int("stated_movement"), r.Bool("agrees"))).Single();
        Assert.Equal((5, movement, stated, agrees), row);
    }

    [Fact]
    public void RankMovements_StatedOnly_IsEffectiveMovement()
    {
        using var g = new GivenDb().Doc("p.txt", 2025)
            .Obs("p.txt", "Sở Công Thương", 2024, "results", 90.61m, rank: 11, rankOf: 18, rankChange: -3);
        var row = g.Con.Query("SELECT movement, stated_movement, effective_movement FROM rank_movements",
            r => (r.Int("movement"), r.Int("stated_movement"), r.Int("effective_movement"))).Single();
        Assert.Equal((null, -3, -3), row);
    }
}

/// <summary>Given/expect: a department of a province merged on 1 July 2025 (Khánh Hòa + Ninh Thuận) breaks its series too.</summary>
public class BreaksTests
{
    [Fact]
    public void DepartmentOfMergedProvince_RankMovementBroken()
    {
        using var g = new GivenDb().Doc("r24.csv", 2024).Doc("r25.csv", 2025)
            .Obs("r24.csv", "Sở Tư pháp", 2024, "overall", 93m, rank: 3, rankOf: 18, origin: "published")
            .Obs("r25.csv", "Sở Tư pháp", 2025, "overall", 94.99m, rank: 1, rankOf: 12, origin: "published");
        var row = g.Con.Query("SELECT movement, series_break, break_note FROM rank_movements WHERE year = 2025",
            r => (r.Int("movement"), r.Bool("series_break"), r.String("break_note"))).Single();
        Assert.Null(row.Item1);
        Assert.True(row.Item2);
        Assert.Contains("Ninh Thuận", row.Item3);
        Assert.Null(g.Con.Scalar<decimal?>("SELECT change_pp FROM trends WHERE year = 2025"));
    }
}
