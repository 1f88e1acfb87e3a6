using Analytics.Pipeline.Analyze.Planning;

namespace Analytics.Tests.Analyze;

/// <summary>What next year's plan covers and what other units planned: given tasks in, coverage and suggestions out.</summary>
public sealed class PlanningQueriesTests(SeedDatabase seeds) : IClassFixture<SeedDatabase>
{
    private const string Sct = "Sở Công Thương", Skhdt = "Sở Kế hoạch và Đầu tư";

    /// <summary>Sở Công Thương is weak on access and overall in 2024; one task given; tasks counted for access, overall.</summary>
    public static TheoryData<string, string, int, string[], string, int, int, bool> Cases => new()
    {
        { "next year's plan names access", "SIPAS", 2025, ["access"], Sct, 1, 1, true },
        { "names another criterion", "SIPAS", 2025, ["feedback"], Sct, 0, 1, true },
        { "a PAR INDEX plan", "PAR_INDEX", 2025, ["access"], Sct, 0, 0, false },
        { "this year's plan, not next year's", "SIPAS", 2024, ["access"], Sct, 0, 0, false },
        { "another unit's plan", "SIPAS", 2025, ["access"], Skhdt, 0, 0, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Coverage_GivenTask_CountsTasksOfNextYearsPlan(string description, string index, int planYear,
        string[] criteria, string unit, int accessTasks, int overallTasks, bool planLoaded)
    {
        using var db = WeakAccessAndOverall().Task("p.txt", unit, planYear, criteria, description, index);
        var coverage = PlanningQueries.Coverage(db.Con, "Khánh Hòa", Sct, 2024, "SIPAS").ToDictionary(c => c.Criterion);
        Assert.Equal((accessTasks, accessTasks == 0, 2025), (coverage["access"].PlanTasks, coverage["access"].Uncovered, coverage["access"].PlanYear));
        Assert.Equal(overallTasks, coverage["overall"].PlanTasks);
        Assert.Equal(planLoaded, coverage["access"].PlanLoaded);
    }

    [Fact]
    public void Suggestions_OtherUnitsTasks_SameProvinceIndexAndCriterionOnly()
    {
        using var db = WeakAccessAndOverall()
            .Task("skhdt.txt", Skhdt, 2023, ["access", "civil_servants"], "Niêm yết công khai TTHC", line: 3)
            .Task("skhdt.txt", Skhdt, 2023, ["access"], "Chỉ số PAR", index: "PAR_INDEX", line: 4)
            .Task("skhdt.txt", Skhdt, 2023, ["results"], "Trả kết quả đúng hạn", line: 5)
            .Task("gl.txt", Skhdt, 2024, ["access"], "Tỉnh khác", province: "Gia Lai", line: 6)
            .Task("own.txt", Sct, 2025, ["access"], "Của chính đơn vị", line: 7);
        var offered = PlanningQueries.Suggestions(db.Con, "Khánh Hòa", Sct, 2024, "SIPAS");
        var only = Assert.Single(offered);
        Assert.Equal(("access", Skhdt, 2023, "Niêm yết công khai TTHC", "skhdt.txt", 3),
            (only.Criterion, only.FromUnit, only.PlanYear, only.Description, only.Source.File, only.Source.Line));
    }

    [Fact]
    public void Coverage_Seeds_ReceptionLeftUncoveredBy2025Plan()
    {
        using var con = seeds.Connect();
        var coverage = PlanningQueries.Coverage(con, "Khánh Hòa", Sct, 2024, "SIPAS")
            .ToDictionary(c => c.Criterion, c => c.PlanTasks);
        Assert.Equal(new Dictionary<string, int>
        {
            ["access"] = 3, ["civil_servants"] = 4, ["results"] = 2, ["feedback"] = 3, ["overall"] = 16, ["reception"] = 0,
        }, coverage);
    }

    [Fact]
    public void Suggestions_Seeds_ReceptionOfferedFromPlanningAndInvestment()
    {
        using var con = seeds.Connect();
        var reception = PlanningQueries.Suggestions(con, "Khánh Hòa", Sct, 2024, "SIPAS").Where(t => t.Criterion == "reception").ToList();
        var task = Assert.Single(reception);
        Assert.Equal((Skhdt, 2023), (task.FromUnit, task.PlanYear));
        Assert.EndsWith("003_6349143c1c6dfa22.txt", task.Source.File);
    }

    private static GivenDb WeakAccessAndOverall() => new GivenDb().Doc("r.csv", 2024)
        .Obs("r.csv", Sct, 2024, "access", 85.67m)
        .Obs("r.csv", Sct, 2024, "overall", 88.40m);
}
