using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Analytics.Dashboard.Web;

/// <summary>The answer to a key: accepted, refused, locked out for a while, or no key configured at all.</summary>
public enum KeyCheck { Accepted, Wrong, LockedOut, NotConfigured }

/// <summary>Which key a request tried: failures are counted per key and per client.</summary>
public enum KeyKind { Read, Upload }

/// <summary>
/// Access keys. A configured key is enforced whatever the binding (127.0.0.1 behind a TLS proxy included): the read
/// key for every page, the upload key for uploads. A server reachable from other machines without an upload key
/// refuses uploads. Keys are compared in constant time; a client with <see cref="MaxFailures"/> wrong tries of one
/// key within <see cref="Window"/> is locked out of that key until the window ends (a request without any key is
/// refused but not counted; the right read key never clears the upload key's count).
/// </summary>
public sealed class AccessGuard(DashboardSettings settings, IServer server, TimeProvider clock)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    private readonly ConcurrentDictionary<(IPAddress, KeyKind), (int Count, DateTimeOffset Since)> failures = new();
    private bool? exposed;

    /// <summary>True when some address the server listens on is not a loopback address.</summary>
    public bool Exposed => exposed ??= !LoopbackOnly(Addresses);

    public bool UploadsNeedKey => Exposed || settings.UploadKey is not null;
    public bool ReadingNeedsKey => settings.ReadKey is not null;

    public KeyCheck CheckUploadKey(IPAddress? client, string? key) => Check(client, KeyKind.Upload, key, settings.UploadKey);

    public KeyCheck CheckReadKey(IPAddress? client, string? key) => Check(client, KeyKind.Read, key, settings.ReadKey);

    /// <summary>When a locked-out client may try that key again.</summary>
    public TimeSpan RetryAfter(IPAddress? client, KeyKind kind) =>
        failures.TryGetValue((Client(client), kind), out var f) ? f.Since + Window - clock.GetUtcNow() : TimeSpan.Zero;

    /// <summary>The mode in force, for the start-up log (English: the log is for the operator).</summary>
    public string Mode() =>
        $"access: listening on {string.Join(", ", Addresses)} ({(Exposed ? "reachable from other machines" : "loopback only")}); "
        + (ReadingNeedsKey ? "reading needs the read key" : "reading open") + "; "
        + (settings.UploadKey is not null ? "uploads need the upload key" : Exposed ? "uploads refused (no upload key configured)" : "uploads open (no upload key configured)");

    public static bool LoopbackOnly(IEnumerable<string> addresses) => addresses.All(a =>
    {
        var host = BindingAddress.Parse(a).Host.Trim('[', ']');
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
               || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    });

    private ICollection<string> Addresses => server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];

    private KeyCheck Check(IPAddress? client, KeyKind kind, string? given, string? expected)
    {
        if (expected is null) return KeyCheck.NotConfigured;
        if (given is null) return KeyCheck.Wrong; // no attempt (a browser's first request): not counted
        var who = (Client(client), kind);
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
