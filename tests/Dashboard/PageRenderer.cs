using Analytics.Dashboard;
using Analytics.Dashboard.Data;
using Analytics.Pipeline.Read;
using Analytics.Pipeline.Store;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Analytics.Tests.Dashboard;

/// <summary>
/// Renders a page component to HTML with the framework's own HtmlRenderer, as if requested at a URL: the query
/// string reaches [SupplyParameterFromQuery] through a NavigationManager, queries run on the given database.
/// </summary>
internal static partial class PageRenderer
{
    public static async Task<string> RenderAsync<TComponent>(DuckDb db, string url) where TComponent : IComponent
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.AddSingleton(db);
        services.AddSingleton(new DashboardSettings(":memory:", Path.GetTempPath(), 10 * 1024 * 1024, 20, []));
        services.AddSingleton<QueryCache>();
        services.AddScoped<DashboardQueries>();
        services.AddSingleton<NavigationManager>(new FixedNavigation(url));
        services.AddSupplyValueFromQueryProvider();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, provider.GetRequiredService<ILoggerFactory>());
        return WithoutScopes(await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TComponent>()).ToHtmlString()));
    }

    /// <summary>A page inside the main layout (menu, header, footer), as the router renders it.</summary>
    public static Task<string> RenderInLayoutAsync<TComponent>(DuckDb db, string url) where TComponent : IComponent =>
        RenderAsync<InLayout<TComponent>>(db, url);

    private sealed class InLayout<TComponent> : ComponentBase where TComponent : IComponent
    {
        protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder)
        {
            builder.OpenComponent<LayoutView>(0);
            builder.AddComponentParameter(1, nameof(LayoutView.Layout), typeof(Analytics.Dashboard.Components.Layout.MainLayout));
            builder.AddComponentParameter(2, nameof(LayoutView.ChildContent), (RenderFragment)(b =>
            {
                b.OpenComponent<TComponent>(0);
                b.CloseComponent();
            }));
            builder.CloseComponent();
        }
    }

    /// <summary>The HTML without scoped-CSS attributes (b-xxxxxxxxxx), which change with every edit of a .razor.css.</summary>
    private static string WithoutScopes(string html) => ScopeAttribute().Replace(html, "");

    [GeneratedRegex(@" b-[a-z0-9]{10}(?=[ >/])")]
    private static partial Regex ScopeAttribute();

    /// <summary>Renders a component with explicit parameters (for the small shared components).</summary>
    public static async Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters) where TComponent : IComponent
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        await using var provider = services.BuildServiceProvider();
        await using var renderer = new HtmlRenderer(provider, provider.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString());
    }

    private sealed class FixedNavigation : NavigationManager
    {
        public FixedNavigation(string url) => Initialize("http://127.0.0.1/", "http://127.0.0.1" + url);

        protected override void NavigateToCore(string uri, NavigationOptions options) =>
            throw new NotSupportedException("static rendering does not navigate");
    }
}
