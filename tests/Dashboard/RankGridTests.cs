using Analytics.Dashboard.Components.Pages.CompareUnits;
using Analytics.Dashboard.Components.Shared;
using Analytics.Dashboard.Data;
using Analytics.Dashboard.Web;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Analytics.Tests.Dashboard;

/// <summary>The rank table (SortTable, bunit) on Khánh Hòa's departments in the test data: the URL's sort key orders
/// the rows and marks its column, the name filter narrows them, conflicting figures are marked.</summary>
public sealed class RankGridTests : IDisposable
{
    private const string Tp = "Sở Tư pháp", Tc = "Sở Tài chính";
    private readonly BunitContext ctx = new();
    private readonly Analytics.Pipeline.Store.DuckDb db = DashboardTestData.Create();
    private readonly DashboardQueries q;

    public RankGridTests()
    {
        q = new DashboardQueries(db, new QueryCache());
        ctx.Services.AddSingleton(q);                                      // the marks of doubtful figures read it
        ctx.SetRendererInfo(new RendererInfo("Static", isInteractive: false));
    }

    public void Dispose()
    {
        ctx.Dispose();
        q.Dispose();
        db.Dispose();
    }

    private CompareUnitsView View(string year, string? criterion = null) =>
        CompareUnitsView.Build(q, new Filters(DashboardTestData.KhanhHoa, Year: year, Criterion: criterion));

    private IRenderedComponent<RankGrid> Render(CompareUnitsView v, string sort, string? filter = null) =>
        ctx.Render<RankGrid>(p => p.Add(c => c.Rows, v.RankRows).Add(c => c.SortKey, sort).Add(c => c.Filter, filter)
            .Add(c => c.SortLink, key => Links.Units(v.Sel.Province, v.Year, v.Sel.Index, v.Criterion, key)).Add(c => c.Index, "SIPAS"));

    private static List<string> Names(IRenderedComponent<RankGrid> cut) => cut.FindAll("tbody th[scope=row].name a").Select(a => a.TextContent).ToList();

    public static TheoryData<string, string[], string> Sorts => new()
    {
        { "rank", [Tp, Tc], "ascending" },        // 1/12, 12/12
        { "name", [Tc, Tp], "ascending" },        // Vietnamese order: Tài before Tư
        { "value", [Tp, Tc], "descending" },      // 94,99% before 84,91%
        { "change", [Tc, Tp], "descending" },     // neither has a change: by name
        { "movement", [Tc, Tp], "descending" },
    };

    [Theory, MemberData(nameof(Sorts))]
    public void SortKey_OrdersRowsAndMarksItsColumn(string sort, string[] expected, string ariaSort)
    {
        var cut = Render(View("2025"), sort);
        Assert.Equal(expected, Names(cut));
        var sorted = cut.FindAll("th[aria-sort]").Where(th => th.GetAttribute("aria-sort") != "none").ToList();
        Assert.Equal(ariaSort, Assert.Single(sorted).GetAttribute("aria-sort"));
        Assert.Contains($"sort={sort}", Assert.Single(sorted.Single().QuerySelectorAll("a")).GetAttribute("href"));
    }

    [Theory, MemberData(nameof(Sorts))]
    public void EverySort_CaptionFirstAndTheNameHeadsEachRow(string sort, string[] expected, string ariaSort)
    {
        var cut = Render(View("2025"), sort);
        var table = cut.Find("table.grid");
        Assert.Equal("rank-cap", table.Children[0].Id);
        Assert.Equal("CAPTION", table.Children[0].TagName);
        Assert.Contains("Sắp xếp theo:", table.Children[0].TextContent);
        Assert.Equal(expected, cut.FindAll("tbody tr").Select(tr => Assert.Single(tr.QuerySelectorAll("th[scope=row]")).TextContent));
        Assert.Equal(4 * expected.Length, cut.FindAll("tbody td").Count); // the other 4 columns stay data cells
        Assert.Equal(ariaSort, cut.Find($"thead th[aria-sort]:not([aria-sort=none])").GetAttribute("aria-sort"));
    }

    [Theory]
    [InlineData("tu phap", new[] { Tp })]         // without tone or vowel marks
    [InlineData("TÀI", new[] { Tc })]
    [InlineData("sở", new[] { Tp, Tc })]
    [InlineData("Sở Y tế", new string[0])]
    public void Filter_KeepsTheNamesHoldingIt(string filter, string[] expected)
    {
        var cut = Render(View("2025"), "rank", filter);
        Assert.Equal(expected, Names(cut));
        Assert.Contains($"lọc “{filter}”: {expected.Length}/2 sở", cut.Find("#rank-cap").TextContent);
    }

    [Fact]
    public void ConflictingFigure_IsMarkedAndExplained()
    {
        var cut = Render(View("2024", "results"), "rank");                 // Sở Công Thương 2024: 90,61% and 89,78%
        var value = cut.Find("td.value");
        Assert.Contains("90,61%", value.TextContent);
        Assert.Equal("≠", value.QuerySelector("sup.doubt a")!.TextContent);
        Assert.StartsWith("Các văn bản nêu số khác nhau", value.QuerySelector("sup.doubt a")!.GetAttribute("title"));
    }
}
