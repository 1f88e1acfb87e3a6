using Analytics.Dashboard;
using Analytics.Dashboard.Data;
using Analytics.Pipeline.Read;
using Analytics.Pipeline.Store;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.HtmlRendering.Infrastructure;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Analytics.Tests.Dashboard;

/// <summary>
/// Renders a page component to HTML with the framework's own static renderer, as if requested at a URL: the query
/// string reaches [SupplyParameterFromQuery] through a NavigationManager, queries run on the given database.
/// </summary>
internal static partial class PageRenderer
{
    public static async Task<string> RenderAsync<TComponent>(DuckDb db, string url) where TComponent : IComponent
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.AddSingleton<Microsoft.JSInterop.IJSRuntime, NoJavaScript>();
        services.AddSingleton(db);
        using (var con = db.Connect()) services.AddSingleton(DataKind.Read(con)); // as the dashboard reads it once at start
        services.AddSingleton(new DashboardSettings(":memory:", Path.GetTempPath(), 10 * 1024 * 1024, 20, []));
        services.AddSingleton<QueryCache>();
        services.AddScoped<DashboardQueries>();
        services.AddSingleton<NavigationManager>(new FixedNavigation(url));
        services.AddSupplyValueFromQueryProvider();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        await using var renderer = new Prerenderer(scope.ServiceProvider, provider.GetRequiredService<ILoggerFactory>());
        return WithoutScopes(await renderer.RenderAsync<TComponent>(ParameterView.Empty));
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
        services.AddSingleton<Microsoft.JSInterop.IJSRuntime, NoJavaScript>();
        await using var provider = services.BuildServiceProvider();
        await using var renderer = new Prerenderer(provider, provider.GetRequiredService<ILoggerFactory>());
        return await renderer.RenderAsync<TComponent>(ParameterView.FromDictionary(parameters));
    }

    /// <summary>The framework's static HTML renderer, prerendering interactive components as the server does (their
    /// first, static render), where HtmlRenderer refuses a render mode.</summary>
    private sealed class Prerenderer(IServiceProvider services, ILoggerFactory logs) : StaticHtmlRenderer(services, logs)
    {
        public Task<string> RenderAsync<TComponent>(ParameterView parameters) where TComponent : IComponent =>
            Dispatcher.InvokeAsync(async () =>
            {
                var root = BeginRenderingComponent(typeof(TComponent), parameters);
                await root.QuiescenceTask;
                return root.ToHtmlString();
            });

        protected override IComponent ResolveComponentForRenderMode(Type componentType, int? parentComponentId,
            IComponentActivator componentActivator, IComponentRenderMode renderMode) => componentActivator.CreateInstance(componentType);
    }

    /// <summary>Prerendering runs no script (as the server's own stand-in): a component that calls one fails the test.</summary>
    private sealed class NoJavaScript : Microsoft.JSInterop.IJSRuntime
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) =>
            throw new InvalidOperationException("no JavaScript while prerendering: " + identifier);

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) =>
            InvokeAsync<TValue>(identifier, args);
    }

    private sealed class FixedNavigation : NavigationManager
    {
        public FixedNavigation(string url) => Initialize("http://127.0.0.1/", "http://127.0.0.1" + url);

        protected override void NavigateToCore(string uri, NavigationOptions options) =>
            throw new NotSupportedException("static rendering does not navigate");
    }
}
