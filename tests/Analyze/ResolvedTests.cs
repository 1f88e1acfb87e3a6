namespace Analytics.Tests.Analyze;

/// <summary>Given/expect: one resolved value per key by the documented precedence; conflicts listed.</summary>
public class ResolvedTests
{
    private static decimal? Resolved(GivenDb g, string criterion = "results") =>
        g.Con.Scalar<decimal?>("SELECT value_pct FROM resolved WHERE unit = 'Sở Công Thương' AND year = 2024 AND criterion = $1", criterion);

    [Fact]
    public void Resolved_BodyOverAppendix()
    {
        using var g = new GivenDb().Doc("body.txt", 2025).Doc("annex.txt", 2025)
            .Obs("body.txt", "Sở Công Thương", 2024, "results", 90.61m)
            .Obs("annex.txt", "Sở Công Thương", 2024, "results", 89.78m, origin: "plan_appendix");
        Assert.Equal(90.61m, Resolved(g));
    }

    [Fact]
    public void Resolved_PublishedOverPlan()
    {
        using var g = new GivenDb().Doc("body.txt", 2025).Doc("results.csv", 2024)
            .Obs("body.txt", "Sở Công Thương", 2024, "results", 90.61m)
            .Obs("results.csv", "Sở Công Thương", 2024, "results", 90.5m, origin: "published");
        Assert.Equal(90.5m, Resolved(g));
    }

    [Fact]
    public void Resolved_StatedOverDerived_ThenLaterDocument()
    {
        using var g = new GivenDb().Doc("old.txt", 2024, "2024-03-01").Doc("new.txt", 2025, "2025-03-25").Doc("derive.txt", 2025, "2025-04-01")
            .Obs("old.txt", "Sở Công Thương", 2024, "overall", 88.1m)
            .Obs("new.txt", "Sở Công Thương", 2024, "overall", 88.4m)
            .Obs("derive.txt", "Sở Công Thương", 2024, "overall", 88.0m, derived: true);
        Assert.Equal(88.4m, Resolved(g, "overall"));
    }

    [Fact]
    public void Resolved_ValueAndRankFromDifferentSources()
    {
        using var g = new GivenDb().Doc("a.csv", 2025).Doc("b.txt", 2025)
            .Obs("a.csv", "Sở Tài chính", 2025, "procedures", null, rank: 12, rankOf: 12, origin: "published")
            .Obs("b.txt", "Sở Tài chính", 2025, "procedures", 83.7m);
        var row = g.Con.Query("SELECT value_pct, rank, rank_of, source_file, rank_source_file FROM resolved",
            r => (r.Decimal("value_pct"), r.Int("rank"), r.Int("rank_of"), r.String("source_file"), r.String("rank_source_file"))).Single();
        Assert.Equal((83.7m, 12, 12, "b.txt", "a.csv"), row);
    }

    [Fact]
    public void Conflicts_ListsBothValuesAndFiles()
    {
        using var g = new GivenDb().Doc("body.txt", 2025).Doc("annex.txt", 2025)
            .Obs("body.txt", "Sở Công Thương", 2024, "feedback", 87.39m)
            .Obs("annex.txt", "Sở Công Thương", 2024, "feedback", 89.78m, origin: "plan_appendix")
            .Obs("annex.txt", "Sở Công Thương", 2024, "access", 85.67m, origin: "plan_appendix")
            .Obs("body.txt", "Sở Công Thương", 2024, "access", 85.67m);
        var rows = g.Con.Query("SELECT criterion, CAST(value_pcts AS VARCHAR[]) AS v, source_files FROM conflicts",
            r => (r.String("criterion"), r.StringList("v"), r.StringList("source_files")));
        var row = Assert.Single(rows);
        Assert.Equal("feedback", row.Item1);
        Assert.Equal(["87.39", "89.78"], row.Item2!);
        Assert.Equal(["annex.txt", "body.txt"], row.Item3!);
    }
}
