using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Analytics.Dashboard.Web;

/// <summary>
/// One open connection to the circuit hub: when the browser last did something in it (an event, a navigation, a
/// render acknowledged; SignalR's keep-alive pings do not count), and how to end it. The gate (<see cref="Circuits"/>)
/// makes one per WebSocket and watches it; <see cref="IdleCircuits"/> touches it.
/// </summary>
public sealed class HubConnection(TimeProvider clock, Action abort)
{
    private long last = clock.GetTimestamp();

    public void Touch() => Interlocked.Exchange(ref last, clock.GetTimestamp());

    public TimeSpan Idle => clock.GetElapsedTime(Interlocked.Read(ref last));

    public bool Ended { get; private set; }

    public void End()
    {
        Ended = true;
        abort();
    }

    /// <summary>Watches a connection until <paramref name="stop"/>: ends it once idle for <paramref name="limit"/>, checking
    /// every tenth of it (1–30 s); true when it ended it.</summary>
    public static async Task<bool> Watch(HubConnection connection, TimeSpan limit, TimeProvider clock, CancellationToken stop)
    {
        var step = TimeSpan.FromTicks(Math.Clamp(limit.Ticks / 10, TimeSpan.TicksPerSecond, 30 * TimeSpan.TicksPerSecond));
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await Task.Delay(step, clock, stop);
                if (connection.Idle < limit) continue;
                connection.End();
                return true;
            }
        }
        catch (OperationCanceledException) { }
        return false;
    }
}

/// <summary>
/// The idle bound of an interactive circuit (Analytics:CircuitIdleTimeout, 15 min by default): every activity from the
/// browser touches its connection; a connection left idle past the bound is closed by the gate, and a circuit closed so
/// is not resumed (its reconnection is closed at once, the framework drops it after the one-minute retention). The
/// page stays as it was, its links and GET forms working; the reconnect notice says to reload for the quick controls.
/// </summary>
public sealed class IdleCircuits(IHttpContextAccessor http) : CircuitHandler
{
    private HubConnection? connection;
    private bool idledOut;

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        connection = http.HttpContext?.Items[typeof(HubConnection)] as HubConnection;
        if (idledOut) connection?.End();
        return Task.CompletedTask;
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        idledOut |= connection?.Ended ?? false;
        return Task.CompletedTask;
    }

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        context =>
        {
            connection?.Touch();
            return next(context);
        };
}
