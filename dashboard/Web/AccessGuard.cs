using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Analytics.Dashboard.Web;

/// <summary>The answer to a key: accepted, refused, locked out for a while, or no key configured at all.</summary>
public enum KeyCheck { Accepted, Wrong, LockedOut, NotConfigured }

/// <summary>
/// Access keys, needed only when the server listens on more than the loopback address: uploads then need the
/// configured upload key, and every page the read key when one is configured. Keys are compared in constant time;
/// a client with <see cref="MaxFailures"/> wrong keys within <see cref="Window"/> is locked out until the window ends
/// (a request without any key is refused but not counted).
/// </summary>
public sealed class AccessGuard(DashboardSettings settings, IServer server, TimeProvider clock)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    private readonly ConcurrentDictionary<IPAddress, (int Count, DateTimeOffset Since)> failures = new();
    private bool? exposed;

    /// <summary>True when some address the server listens on is not a loopback address.</summary>
    public bool Exposed => exposed ??= !LoopbackOnly(server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []);

    public bool UploadsNeedKey => Exposed;
    public bool ReadingNeedsKey => Exposed && settings.ReadKey is not null;

    public KeyCheck CheckUploadKey(IPAddress? client, string? key) => Check(client, key, settings.UploadKey);

    public KeyCheck CheckReadKey(IPAddress? client, string? key) => Check(client, key, settings.ReadKey);

    /// <summary>When a locked-out client may try again.</summary>
    public TimeSpan RetryAfter(IPAddress? client) =>
        failures.TryGetValue(Client(client), out var f) ? f.Since + Window - clock.GetUtcNow() : TimeSpan.Zero;

    public static bool LoopbackOnly(IEnumerable<string> addresses) => addresses.All(a =>
    {
        var host = BindingAddress.Parse(a).Host.Trim('[', ']');
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
               || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    });

    private KeyCheck Check(IPAddress? client, string? given, string? expected)
    {
        if (expected is null) return KeyCheck.NotConfigured;
        if (given is null) return KeyCheck.Wrong; // no attempt (a browser's first request): not counted
        var who = Client(client);
        var now = clock.GetUtcNow();
        if (failures.TryGetValue(who, out var f) && now - f.Since >= Window) failures.TryRemove(who, out _);
        if (failures.TryGetValue(who, out f) && f.Count >= MaxFailures) return KeyCheck.LockedOut;
        if (Same(given, expected))
        {
            failures.TryRemove(who, out _);
            return KeyCheck.Accepted;
        }
        failures.AddOrUpdate(who, (1, now), (_, old) => (old.Count + 1, old.Since));
        return KeyCheck.Wrong;
    }

    private static bool Same(string given, string expected) => CryptographicOperations.FixedTimeEquals(
        SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    private static IPAddress Client(IPAddress? client) => client ?? IPAddress.None;
}
