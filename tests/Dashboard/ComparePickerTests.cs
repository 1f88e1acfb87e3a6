using Analytics.Dashboard.Components.Pages.CompareUnits;
using Analytics.Dashboard.Components.Shared;
using Analytics.Dashboard.Data;
using Analytics.Dashboard.Web;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace Analytics.Tests.Dashboard;

/// <summary>The compare picker (bunit): a GET form when static, a tick that changes the URL when interactive; its
/// choices are Khánh Hòa's departments with 2025 figures in the test data.</summary>
public sealed class ComparePickerTests : IDisposable
{
    private const string Tp = "Sở Tư pháp", Tc = "Sở Tài chính", Nn = "Sở Nông nghiệp và Môi trường";
    private readonly BunitContext ctx = new();
    private readonly CompareUnitsView view;

    public ComparePickerTests()
    {
        using var db = DashboardTestData.Create();
        using var q = new DashboardQueries(db, new QueryCache());
        view = CompareUnitsView.Build(q, new Filters(DashboardTestData.KhanhHoa, Year: "2025"));
    }

    public void Dispose() => ctx.Dispose();

    private IRenderedComponent<ComparePicker> Render(IReadOnlyList<string> chosen, bool interactive)
    {
        ctx.SetRendererInfo(interactive ? new RendererInfo("Server", isInteractive: true) : new RendererInfo("Static", isInteractive: false));
        return ctx.Render<ComparePicker>(p => p
            .Add(c => c.Action, Links.UnitsPath).Add(c => c.Legend, "Chọn 2–6 sở").Add(c => c.Noun, "sở")
            .Add(c => c.Options, Option.Of(view.Model!.Units)).Add(c => c.Chosen, chosen).Add(c => c.Keep, view.Keep(null)));
    }

    [Fact]
    public void Static_IsAGetFormCarryingTheViewAndEveryDepartmentWithFigures()
    {
        var cut = Render([Tp], interactive: false);
        var form = cut.Find("form.picker");
        Assert.Equal(("get", "/so-sanh-don-vi"), (form.GetAttribute("method"), form.GetAttribute("action")));
        Assert.Equal([Tp, Tc, Nn], cut.FindAll("input[type=checkbox]").Select(i => i.GetAttribute("value")));
        Assert.Equal([Tp], cut.FindAll("input[type=checkbox]").Where(i => i.HasAttribute("checked")).Select(i => i.GetAttribute("value")));
        var hidden = cut.FindAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value"));
        Assert.Equal(DashboardTestData.KhanhHoa, hidden["province"]);
        Assert.Equal("2025", hidden["year"]);
        Assert.Equal("Đã chọn 1 sở; chọn thêm ít nhất 1 sở nữa.", cut.Find(".hint").TextContent);
        Assert.Equal("So sánh", cut.Find("button[type=submit]").TextContent);
    }

    public static TheoryData<string[], string, string[]> Ticks => new()
    {
        { [], Tp, [Tp] },
        { [Tp], Tc, [Tp, Tc] },                   // added after the ones chosen before, in the URL's order
        { [Tp, Tc], Tp, [Tc] },                   // a tick taken off
        { [Nn, Tp, Tc], Tc, [Nn, Tp] },
    };

    [Theory, MemberData(nameof(Ticks))]
    public void Interactive_Tick_PutsTheChoiceInTheUrlAndKeepsTheView(string[] chosen, string ticked, string[] expected)
    {
        var cut = Render(chosen, interactive: true);
        cut.Find($"input[value='{ticked}']").Change(!chosen.Contains(ticked));
        var uri = new Uri(ctx.Services.GetRequiredService<NavigationManager>().Uri);
        var query = QueryHelpers.ParseQuery(uri.Query);
        Assert.Equal("/so-sanh-don-vi", uri.AbsolutePath);
        Assert.Equal(expected, query.TryGetValue("compare", out var c) ? c.ToArray() : []);
        Assert.Equal((DashboardTestData.KhanhHoa, "2025", "SIPAS"), (query["province"].ToString(), query["year"].ToString(), query["index"].ToString()));
    }

    [Theory]
    [InlineData(false, 0)]                       // without script nothing is disabled: the server keeps the first six
    [InlineData(true, 1)]                        // interactive: a seventh cannot be ticked
    public void AtSix_TheOthersAreDisabledOnlyWhenInteractive(bool interactive, int disabled)
    {
        var six = new[] { "A", "B", "C", "D", "E", "F" };
        ctx.SetRendererInfo(interactive ? new RendererInfo("Server", isInteractive: true) : new RendererInfo("Static", isInteractive: false));
        var cut = ctx.Render<ComparePicker>(p => p.Add(c => c.Action, Links.UnitsPath).Add(c => c.Legend, "Chọn")
            .Add(c => c.Noun, "sở").Add(c => c.Options, Option.Of([.. six, "G"])).Add(c => c.Chosen, six));
        Assert.Equal(disabled, cut.FindAll("input[type=checkbox][disabled]").Count);
        Assert.Equal("Đã chọn 6/6 sở.", cut.Find(".hint").TextContent);
    }
}
