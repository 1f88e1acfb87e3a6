using Analytics.Dashboard;
using Analytics.Dashboard.Components;
using Analytics.Dashboard.Templates;
using Analytics.Dashboard.Web;

// The Analytics dashboard: Razor components prerendered on the server, a few of them interactive over a circuit,
// reading the DuckDB database the pipeline builds. Every view is a URL; filters live in its query string.
var builder = WebApplication.CreateBuilder(args);

// Listen on 127.0.0.1 unless --urls (or ASPNETCORE_URLS) says otherwise; serve styles from a build's output too
// (scripts/run.sh runs the build, not a publish), in every environment.
builder.WebHost.UseLoopbackByDefault(builder.Configuration);
builder.WebHost.UseStaticWebAssets();

// Database (opened once), queries (a connection per request), charts, uploads, antiforgery, size limits.
builder.Services.AddDashboard(builder.Configuration, builder.Environment);

var app = builder.Build();

// Open the database now (ingesting the default data if it is missing or stale), not on the first request.
app.Services.GetRequiredService<Analytics.Pipeline.Store.DuckDb>();

// Friendly pages instead of a stack trace or an empty 404.
app.UseExceptionHandler("/loi", createScopeForErrors: true);
app.UseStatusCodePagesWithReExecute("/trang-loi/{0}", createScopeForStatusCodePages: true);

// Content-Security-Policy and the other response headers that keep document text inert; a read key when the
// server is reachable from other machines and one is configured (uploads check their own key).
app.UseSecurityHeaders();
app.UseReadKey();

// A query the pages could not read (a page number "abc", control characters) is a 400, logged escaped.
app.UseQueryGuard();

// Interactive components: WebSockets to our own origin, a few open per client (Web/Circuits.cs).
app.UseCircuitLimit();

// Pages and charts rendered once per URL until an upload changes the data (DashboardServices.PagesPolicy); a cached
// page still allows enhanced navigation (Web/EnhancedNavHeader.cs).
app.UseEnhancedNavHeader();
app.UseOutputCache();

// Styles and our own static files (fingerprinted), then the antiforgery check for the upload form.
app.MapStaticAssets();
app.UseAntiforgery();

// Downloads: each chart as SVG or PNG (300 DPI), and a unit's whole annual-report pack as a ZIP.
app.MapChartDownloads();

// A draft of a unit's next plan appendix (.docx), from the planning page.
app.MapPlanDownloads();

// An empty Home Affairs results table (.xlsx) for a province and year, offered wherever figures are missing.
app.MapTemplateDownloads();

// The pages: Components/Pages/<Feature>/<Feature>.razor; blazor.web.js (enhanced navigation, circuits) from the SDK.
app.MapRazorComponents<App>().AddInteractiveServerRenderMode().CacheOutput(DashboardServices.PagesPolicy);

app.Run();

/// <summary>The entry point's type, named so tests and the router can find this assembly.</summary>
public partial class Program;
