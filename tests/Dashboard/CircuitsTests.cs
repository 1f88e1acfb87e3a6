using System.Collections.Concurrent;
using System.Net;
using Analytics.Dashboard.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Analytics.Tests.Dashboard;

/// <summary>The gate before the circuit hub: WebSockets from our own origin, a few open per client, closed when idle.</summary>
public sealed class CircuitsTests
{
    private static readonly IPAddress ClientA = IPAddress.Parse("192.0.2.1"), ClientB = IPAddress.Parse("192.0.2.2");

    [Theory]
    [InlineData("/_blazor", true, "http://127.0.0.1:5080", 101)]
    [InlineData("/_blazor", false, "http://127.0.0.1:5080", 400)]      // long polling or server-sent events: not counted, refused
    [InlineData("/_blazor", true, "http://evil.example", 400)]         // another site's page
    [InlineData("/_blazor", true, "", 400)]                            // no Origin: not a browser
    [InlineData("/_blazor/negotiate", false, "", 101)]                 // the hub's other endpoints pass untouched
    [InlineData("/so-sanh-don-vi", false, "", 101)]
    public async Task Gate_OnlyWebSocketsFromOwnOriginReachTheHub(string path, bool webSocket, string origin, int expected)
    {
        var context = Request(path, ClientA, webSocket, origin);
        await Circuits.Gate(context, Passed, new ConcurrentDictionary<IPAddress, int>(), limit: 2);
        Assert.Equal(expected, context.Response.StatusCode);
    }

    [Fact]
    public async Task Gate_ClientPastItsLimit_Gets429_OtherClientsAndLaterConnectionsDoNot()
    {
        var open = new ConcurrentDictionary<IPAddress, int>();
        var hold = new TaskCompletionSource();
        var first = Circuits.Gate(Request("/_blazor", ClientA, true), _ => hold.Task, open, limit: 2);
        var second = Circuits.Gate(Request("/_blazor", ClientA, true), _ => hold.Task, open, limit: 2);
        var third = Request("/_blazor", ClientA, true);
        await Circuits.Gate(third, Passed, open, 2);
        var other = Request("/_blazor", ClientB, true);
        await Circuits.Gate(other, Passed, open, 2);
        Assert.Equal((429, 101, 2), (third.Response.StatusCode, other.Response.StatusCode, open[ClientA]));
        hold.SetResult();
        await Task.WhenAll(first, second);
        var later = Request("/_blazor", ClientA, true);
        await Circuits.Gate(later, Passed, open, 2);
        Assert.Equal(101, later.Response.StatusCode);
        Assert.Empty(open);                                              // every connection that ended was counted out
    }

    [Fact]
    public async Task Gate_ConnectionIdlePastTheBound_IsClosed()
    {
        var context = Request("/_blazor", ClientA, true);
        var aborted = new Lifetime();
        context.Features.Set<IHttpRequestLifetimeFeature>(aborted);
        var open = new ConcurrentDictionary<IPAddress, int>();
        var started = DateTime.UtcNow;
        // The hub holds the connection until the request is aborted, as a WebSocket does.
        await Circuits.Gate(context, c => Task.Delay(Timeout.Infinite, c.RequestAborted).ContinueWith(_ => { }), open, 2, TimeSpan.FromSeconds(1));
        var waited = DateTime.UtcNow - started;
        Assert.True(aborted.Aborted);
        Assert.InRange(waited.TotalSeconds, 0.9, 5);
        Assert.True(((HubConnection)context.Items[typeof(HubConnection)]!).Ended);
        Assert.Empty(open);
    }

    [Fact]
    public async Task Gate_ConnectionTouchedByItsBrowser_StaysOpen_ThenClosesOnceIdle()
    {
        var context = Request("/_blazor", ClientA, true);
        var aborted = new Lifetime();
        context.Features.Set<IHttpRequestLifetimeFeature>(aborted);
        var touches = 0;
        async Task Busy(HttpContext c)
        {
            var connection = (HubConnection)c.Items[typeof(HubConnection)]!;
            for (; touches < 8; touches++) // 8 × 300 ms of activity: 2.4 s, past the 1 s bound
            {
                await Task.Delay(300);
                Assert.False(aborted.Aborted);
                connection.Touch();
            }
            await Task.Delay(Timeout.Infinite, c.RequestAborted).ContinueWith(_ => { });
        }
        await Circuits.Gate(context, Busy, new ConcurrentDictionary<IPAddress, int>(), 2, TimeSpan.FromSeconds(1));
        Assert.Equal((8, true), (touches, aborted.Aborted));
    }

    private sealed class Lifetime : IHttpRequestLifetimeFeature
    {
        private readonly CancellationTokenSource cts = new();
        public bool Aborted { get; private set; }
        public CancellationToken RequestAborted { get => cts.Token; set { } }
        public void Abort()
        {
            Aborted = true;
            cts.Cancel();
        }
    }

    private static Task Passed(HttpContext context)
    {
        context.Response.StatusCode = 101;
        return Task.CompletedTask;
    }

    private static DefaultHttpContext Request(string path, IPAddress client, bool webSocket, string origin = "http://127.0.0.1:5080")
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        context.Request.Host = new HostString("127.0.0.1:5080");
        if (origin.Length > 0) context.Request.Headers.Origin = origin;
        context.Connection.RemoteIpAddress = client;
        context.Features.Set<IHttpWebSocketFeature>(new WebSocketFeature(webSocket));
        return context;
    }

    private sealed class WebSocketFeature(bool isWebSocket) : IHttpWebSocketFeature
    {
        public bool IsWebSocketRequest => isWebSocket;
        public Task<System.Net.WebSockets.WebSocket> AcceptAsync(WebSocketAcceptContext context) => throw new NotSupportedException();
    }
}
