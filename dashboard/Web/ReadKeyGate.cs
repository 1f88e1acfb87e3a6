using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace Analytics.Dashboard.Web;

/// <summary>
/// When a read key is configured (whatever the binding: 127.0.0.1 behind a TLS proxy too), every request must carry
/// it as the password of HTTP Basic authentication (the browser asks for it once); wrong keys count towards the
/// lock-out. The access mode in force is logged once the server listens.
/// </summary>
public static class ReadKeyGate
{
    public static IApplicationBuilder UseReadKey(this IApplicationBuilder app)
    {
        var services = app.ApplicationServices;
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger("Analytics.Access");
        services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.Register(() =>
            log.LogInformation("{Mode}", services.GetRequiredService<AccessGuard>().Mode()));
        return app.Use(Gate);
    }

    private static async Task Gate(HttpContext context, RequestDelegate next)
    {
        var guard = context.RequestServices.GetRequiredService<AccessGuard>();
        if (!guard.ReadingNeedsKey) { await next(context); return; }
        var client = context.Connection.RemoteIpAddress;
        switch (guard.CheckReadKey(client, Password(context.Request.Headers.Authorization)))
        {
            case KeyCheck.Accepted:
                await next(context);
                return;
            case KeyCheck.LockedOut:
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = ((int)guard.RetryAfter(client, KeyKind.Read).TotalSeconds + 1).ToString(CultureInfo.InvariantCulture);
                await context.Response.WriteAsync("Nhập sai khóa quá nhiều lần; hãy thử lại sau.", Encoding.UTF8);
                return;
            default:
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                context.Response.Headers.WWWAuthenticate = "Basic realm=\"Analytics\", charset=\"UTF-8\"";
                await context.Response.WriteAsync("Cần khóa truy cập để xem bảng điều khiển.", Encoding.UTF8);
                return;
        }
    }

    /// <summary>The password of a Basic authorization header, or null.</summary>
    public static string? Password(string? header)
    {
        if (!AuthenticationHeaderValue.TryParse(header, out var auth) || auth.Scheme != "Basic" || auth.Parameter is null) return null;
        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(auth.Parameter));
            var colon = pair.IndexOf(':');
            return colon < 0 ? null : pair[(colon + 1)..];
        }
        catch (FormatException) { return null; }
    }
}
