namespace Analytics.Dashboard.Web;

/// <summary>
/// Keeps the page's "blazor-enhanced-nav: allow" in lower case when the output cache serves the page. A cached page
/// came back with "Allow" (ASP.NET Core 10.0.12); blazor.web.js compares the value case-sensitively, so every enhanced
/// navigation to a page already in the cache fell back to a full page load. The interactive components then started
/// again, and a compare-picker tick made before they were back was lost (the CI failure of stop 20).
/// </summary>
public static class EnhancedNavHeader
{
    public const string Name = "blazor-enhanced-nav", Allow = "allow";

    /// <summary>Goes before the output cache, so that the cache's responses pass through it too.</summary>
    public static IApplicationBuilder UseEnhancedNavHeader(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpResponse)state).Headers;
            if (headers.TryGetValue(Name, out var value) && string.Equals(value, Allow, StringComparison.OrdinalIgnoreCase))
                headers[Name] = Allow;
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    });
}
