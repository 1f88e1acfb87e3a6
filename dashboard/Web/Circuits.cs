using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Components.Server;

namespace Analytics.Dashboard.Web;

/// <summary>
/// Bounds on interactive circuits: a disconnected circuit is kept for a minute (50 at most), a call into the browser
/// waits 10 s, a message from the browser is at most 32 KB, and a client (remote address) holds at most
/// <see cref="DashboardSettings.MaxCircuitsPerClient"/> open connections to the circuit hub. Connections are WebSockets
/// to our own origin only (the CSP's connect-src 'self'): other transports and other origins are refused, so every open
/// circuit is one counted request. A connection idle past <see cref="DashboardSettings.CircuitIdleTimeout"/> is closed
/// (<see cref="IdleCircuits"/>).
/// </summary>
public static class Circuits
{
    public const string HubPath = "/_blazor";

    public static void Configure(CircuitOptions o)
    {
        o.DisconnectedCircuitRetentionPeriod = TimeSpan.FromMinutes(1);
        o.DisconnectedCircuitMaxRetained = 50;
        o.JSInteropDefaultCallTimeout = TimeSpan.FromSeconds(10);
        o.MaxBufferedUnacknowledgedRenderBatches = 5;
        o.DetailedErrors = false;
    }

    public static void Configure(Microsoft.AspNetCore.SignalR.HubOptions o)
    {
        o.MaximumReceiveMessageSize = 32 * 1024;
        o.MaximumParallelInvocationsPerClient = 1;
        o.ClientTimeoutInterval = TimeSpan.FromSeconds(30);
    }

    /// <summary>Counts open hub connections per remote address; refuses one past the limit with 429.</summary>
    public static IApplicationBuilder UseCircuitLimit(this IApplicationBuilder app)
    {
        var settings = app.ApplicationServices.GetRequiredService<DashboardSettings>();
        var clock = app.ApplicationServices.GetRequiredService<TimeProvider>();
        var open = new ConcurrentDictionary<IPAddress, int>();
        app.UseWebSockets(); // before the gate, so it can tell a WebSocket request (the hub would add it only after)
        var log = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("Analytics.Circuits");
        return app.Use((context, next) => Gate(context, next, open, settings.MaxCircuitsPerClient, settings.CircuitIdleTimeout, clock, log));
    }

    /// <summary>The gate for one request (public for tests): only the hub's own path is counted; an admitted connection
    /// is watched and closed once idle for <paramref name="idle"/> (none: not watched).</summary>
    public static async Task Gate(HttpContext context, RequestDelegate next, ConcurrentDictionary<IPAddress, int> open, int limit,
        TimeSpan? idle = null, TimeProvider? clock = null, ILogger? log = null)
    {
        if (!context.Request.Path.Equals(HubPath, StringComparison.OrdinalIgnoreCase)) { await next(context); return; }
        if (!context.WebSockets.IsWebSocketRequest || !SameOrigin(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        var client = context.Connection.RemoteIpAddress ?? IPAddress.None;
        if (open.AddOrUpdate(client, 1, (_, n) => n + 1) > limit)
        {
            Leave(open, client);
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return;
        }
        using var done = new CancellationTokenSource();
        var watch = Task.FromResult(false);
        if (idle is { } bound)
        {
            clock ??= TimeProvider.System;
            var connection = new HubConnection(clock, context.Abort);
            context.Items[typeof(HubConnection)] = connection;
            watch = HubConnection.Watch(connection, bound, clock, done.Token);
        }
        try { await next(context); }
        finally
        {
            Leave(open, client);
            await done.CancelAsync();
            if (await watch) log?.LogInformation("circuit: closed a connection idle for {Bound} (Analytics:CircuitIdleTimeout)", idle);
        }
    }

    private static void Leave(ConcurrentDictionary<IPAddress, int> open, IPAddress client)
    {
        if (open.AddOrUpdate(client, 0, (_, n) => n - 1) <= 0) open.TryRemove(new KeyValuePair<IPAddress, int>(client, 0));
    }

    /// <summary>A browser always sends Origin on a WebSocket: it must be this host (no other site drives a circuit).</summary>
    private static bool SameOrigin(HttpRequest request) =>
        Uri.TryCreate(request.Headers.Origin.ToString(), UriKind.Absolute, out var origin)
        && string.Equals(origin.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
}
