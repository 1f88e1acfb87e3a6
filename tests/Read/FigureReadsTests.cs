using Analytics.Pipeline.Read;
using Analytics.Tests.Analyze;

namespace Analytics.Tests.ReadLayer;

/// <summary>Given raw rows in a fresh database (values of seeds/002, Sở Công Thương, Khánh Hòa), the read layer's queries
/// return exactly these figures and weak criteria.</summary>
public class FigureReadsTests
{
    private static GivenDb SoCongThuong() => new GivenDb().Doc("002.txt", 2024)
        .Obs("002.txt", "Sở Công Thương", 2023, "overall", 86.93m, derived: true)
        .Obs("002.txt", "Sở Công Thương", 2024, "overall", 88.4m, line: 15)
        .Obs("002.txt", "Sở Công Thương", 2024, "results", 90.61m, line: 22)
        .Obs("002.txt", "Sở Công Thương", 2023, "results", null, 8, 18, derived: true)
        .Obs("002.txt", "Sở Công Thương", 2024, "results", null, 11, 18, rankChange: -3, line: 23)
        .Target("002.txt", "Sở Công Thương", 2024, "overall", 87m, line: 9)
        .Obs("002.txt", "Sở Tư pháp", 2024, "overall", 94.99m)
        .Obs("002.txt", "Sở Công Thương", 2024, "overall", 86m, province: null); // a unit without a province

    [Fact]
    public void Figures_OneRowPerValueOrRank_WithEverySource()
    {
        using var db = SoCongThuong();
        var rows = FigureReads.Figures(db.Con, new FigureFilter(Province: "Khánh Hòa", Unit: "Sở Công Thương"));
        Assert.Equal([("overall", 2023), ("overall", 2024), ("results", 2023), ("results", 2024)], rows.Select(f => (f.Criterion, f.Year)));
        var overall = rows.Single(f => f.Criterion == "overall" && f.Year == 2024);
        Assert.Equal((88.4m, 1.6m, -1.6m, 87m, 1.47m), (overall.ValuePct!.Value, overall.GapTo90!.Value, overall.VsNinety!.Value,
            overall.TargetPct!.Value, overall.ChangePp!.Value));
        Assert.Equal((15, 9), (overall.Source!.Line, overall.TargetSource!.Line));
        Assert.True(rows.Single(f => f.Criterion == "overall" && f.Year == 2023).ValueIsDerived);
        var results = rows.Single(f => f.Criterion == "results" && f.Year == 2024);
        Assert.Equal((11, 18, -3, -3, 22, 23), (results.Rank!.Value, results.RankOf!.Value, results.Movement!.Value,
            results.StatedMovement!.Value, results.Source!.Line, results.RankSource!.Line));
        Assert.Equal((true, false), (rows.Single(f => f.Criterion == "results" && f.Year == 2023).RankIsDerived, results.RankIsDerived));
    }

    [Fact]
    public void OfUnit_NullProvince_IsAUnitWithoutOne_NotAnyProvince()
    {
        using var db = SoCongThuong();
        Assert.Equal([86m], FigureReads.OfUnit(db.Con, "Sở Công Thương", null).Select(f => f.ValuePct!.Value));
        Assert.Equal(4, FigureReads.OfUnit(db.Con, "Sở Công Thương", "Khánh Hòa", "SIPAS").Count);
        Assert.Empty(FigureReads.OfUnit(db.Con, "Sở Công Thương", "Khánh Hòa", "PAR_INDEX"));
    }

    [Fact]
    public void OfPeers_SameKindSameProvince_UpToTheYear()
    {
        using var db = SoCongThuong();
        Assert.Equal([("Sở Công Thương", "overall", 2023), ("Sở Công Thương", "results", 2023)],
            FigureReads.OfPeers(db.Con, "Sở Công Thương", "Khánh Hòa", 2023, "SIPAS").Select(f => (f.Unit, f.Criterion, f.Year)));
        Assert.Equal(["Sở Công Thương", "Sở Tư pháp"],
            FigureReads.OfPeers(db.Con, "Sở Công Thương", "Khánh Hòa", 2024, "SIPAS").Select(f => f.Unit).Distinct());
    }

    [Fact]
    public void Weak_ReasonsSeverityAndTheViewsGap()
    {
        using var db = SoCongThuong();
        var weak = FigureReads.WeakOfUnit(db.Con, "Sở Công Thương", "Khánh Hòa", 2024);
        Assert.Equal([("results", "tụt 3 bậc", 3.0, -0.61m), ("overall", "dưới mức 90%", 1.6, 1.6m)],
            weak.Select(w => (w.Criterion, string.Join("; ", w.Reasons), w.Severity, w.GapTo90!.Value)));
        Assert.Equal(-1.6m, weak[1].VsNinety);
        Assert.Equal(weak.Select(w => (w.Criterion, w.Severity)),
            FigureReads.Weak(db.Con, "Khánh Hòa", "Sở Công Thương", 2024, "SIPAS").Select(w => (w.Criterion, w.Severity)));
        Assert.Equal(3, FigureReads.Weak(db.Con, null, null, 2024, "SIPAS").Count); // the unit without a province too
        Assert.Single(FigureReads.WeakOfUnit(db.Con, "Sở Công Thương", null, 2024));
    }

    [Fact]
    public void WeakOfUnit_EquallyUrgent_InTheGlossarysOrder()
    {
        using var db = new GivenDb().Doc("f.txt", 2024)
            .Obs("f.txt", "Sở Y tế", 2024, "results", 88m).Obs("f.txt", "Sở Y tế", 2024, "access", 88m)
            .Obs("f.txt", "Sở Y tế", 2024, "overall", 88m);
        Assert.Equal(["overall", "access", "results"], FigureReads.WeakOfUnit(db.Con, "Sở Y tế", "Khánh Hòa", 2024).Select(w => w.Criterion));
    }
}
