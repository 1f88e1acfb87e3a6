using Analytics.Dashboard.Data;
using Analytics.Dashboard.Upload;
using Analytics.Dashboard.Web;
using Analytics.Pipeline.Load;
using Analytics.Pipeline.Store;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.Features;

namespace Analytics.Dashboard;

/// <summary>Everything the dashboard registers, in one place (Program.cs stays a table of contents).</summary>
public static class DashboardServices
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Rendered pages and charts are kept per URL (output cache) until an upload changes the data (this tag).</summary>
    public const string PagesPolicy = "pages", DataTag = "data";

    public static IServiceCollection AddDashboard(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        var settings = DashboardSettings.From(config, env.ContentRootPath);
        services.AddSingleton(settings);
        // Opened once per process, writable (uploads ingest into it), schema and views brought up to date, the default
        // data ingested first when the database is missing or older than it.
        services.AddSingleton<DuckDb>(sp => DefaultData.Open(settings, sp.GetRequiredService<ILoggerFactory>().CreateLogger("Analytics.DefaultData")));
        // What the database holds, read once: the sample database's mark goes on every page, chart and export.
        services.AddSingleton(sp =>
        {
            using var con = sp.GetRequiredService<DuckDb>().Connect();
            return Analytics.Pipeline.Read.DataKind.Read(con);
        });
        services.AddSingleton<QueryCache>();
        services.AddScoped<DashboardQueries>();
        services.AddSingleton<UploadStore>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<AccessGuard>();
        services.AddScoped<UploadIngest>();
        services.AddScoped<VersionControls>();
        // Pages prerender on the server; the few components that gain from it run interactively over a bounded circuit.
        services.AddRazorComponents().AddInteractiveServerComponents(Circuits.Configure).AddHubOptions(Circuits.Configure);
        services.AddScoped<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, IdleCircuits>();
        // Vietnamese text is written as UTF-8, not as numeric entities (markup characters are still encoded).
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddAntiforgery();
        services.AddHttpContextAccessor();
        services.AddScoped<Microsoft.AspNetCore.Components.Forms.AntiforgeryStateProvider, LazyAntiforgery>();
        // A page is rendered once per URL and data version: the data only changes through our own upload, which evicts
        // the tag. Requests with a read key (Authorization) and responses that set a cookie (the upload form's
        // antiforgery) are never cached (the default policy's rules). Bounded: 64 MB in all, 4 MB per page. Kept 4
        // minutes: a page's interactive components start from a descriptor the framework honours for 5 minutes. The
        // circuit hub's own requests are never cached.
        services.AddOutputCache(o =>
        {
            o.SizeLimit = 64L * 1024 * 1024;
            o.MaximumBodySize = 4L * 1024 * 1024;
            o.AddPolicy(PagesPolicy, b => b.With(c => !c.HttpContext.Request.Path.StartsWithSegments(Circuits.HubPath))
                .Expire(TimeSpan.FromMinutes(4)).Tag(DataTag));
        });
        // The whole request may hold MaxFiles files of the full size; each file's own size is checked per file (with
        // its own message). A request past that is stopped by Kestrel and answered by the status page with the limits.
        var requestLimit = settings.MaxFileBytes * settings.MaxFiles + 1024 * 1024;
        services.Configure<FormOptions>(o =>
        {
            o.MultipartBodyLengthLimit = requestLimit;
            o.ValueCountLimit = settings.MaxFiles + 16;
        });
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(
            o =>
            {
                o.Limits.MaxRequestBodySize = requestLimit;
                o.AddServerHeader = false; // no "Server: Kestrel"
            });
        return services;
    }

    /// <summary>Binds to 127.0.0.1 unless an address was configured (--urls, ASPNETCORE_URLS, Kestrel:Endpoints).</summary>
    public static IWebHostBuilder UseLoopbackByDefault(this IWebHostBuilder web, IConfiguration config)
    {
        var configured = !string.IsNullOrEmpty(config["urls"]) || !string.IsNullOrEmpty(config["http_ports"])
            || !string.IsNullOrEmpty(config["https_ports"]) || config.GetSection("Kestrel:Endpoints").Exists();
        return configured ? web : web.UseUrls(DefaultUrl);
    }
}
