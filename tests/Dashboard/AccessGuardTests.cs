using System.Net;
using Analytics.Dashboard;
using Analytics.Dashboard.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Analytics.Tests.Dashboard;

public sealed class AccessGuardTests
{
    private sealed class NoServer : IServer
    {
        public IFeatureCollection Features { get; } = new FeatureCollection();
        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
            where TContext : notnull => Task.CompletedTask;
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public void Dispose() { }
    }

    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2025, 3, 25, 8, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static readonly IPAddress Client = IPAddress.Parse("192.0.2.7");

    private static (AccessGuard Guard, Clock Clock) Guard(string? uploadKey = "khóa", string? readKey = null, params string[] addresses)
    {
        var clock = new Clock();
        var settings = new DashboardSettings(":memory:", "uploads", 1024, 20, []) { UploadKey = uploadKey, ReadKey = readKey };
        var server = new NoServer();
        var bound = new ServerAddressesFeature();
        foreach (var a in addresses) bound.Addresses.Add(a);
        server.Features.Set<IServerAddressesFeature>(bound);
        return (new AccessGuard(settings, server, clock), clock);
    }

    // Issue 14.1: keys configured on a server bound to 127.0.0.1 (behind a TLS proxy) were not enforced.
    [Theory]
    [InlineData("http://127.0.0.1:5080", "khóa", "xem", true, true)]
    [InlineData("http://127.0.0.1:5080", "khóa", null, true, false)]
    [InlineData("http://127.0.0.1:5080", null, "xem", false, true)]
    [InlineData("http://127.0.0.1:5080", null, null, false, false)]
    [InlineData("http://0.0.0.0:5080", null, null, true, false)]
    [InlineData("http://0.0.0.0:5080", "khóa", "xem", true, true)]
    public void ConfiguredKeys_AreEnforced_WhateverTheBinding(string address, string? uploadKey, string? readKey, bool uploads, bool reading)
    {
        var (guard, _) = Guard(uploadKey, readKey, address);
        Assert.Equal((uploads, reading), (guard.UploadsNeedKey, guard.ReadingNeedsKey));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", "khóa", "xem",
        "access: listening on http://127.0.0.1:5080 (loopback only); reading needs the read key; uploads need the upload key")]
    [InlineData("http://127.0.0.1:5080", null, null,
        "access: listening on http://127.0.0.1:5080 (loopback only); reading open; uploads open (no upload key configured)")]
    [InlineData("http://0.0.0.0:5080", null, null,
        "access: listening on http://0.0.0.0:5080 (reachable from other machines); reading open; uploads refused (no upload key configured)")]
    public void Mode_SaysWhatIsEnforced(string address, string? uploadKey, string? readKey, string expected) =>
        Assert.Equal(expected, Guard(uploadKey, readKey, address).Guard.Mode());

    // Issue 14.4: each request with the right read key cleared the failure count, so the upload key could be guessed.
    [Fact]
    public void RightReadKey_DoesNotClearTheUploadKeysFailures()
    {
        var (guard, _) = Guard("khóa", "xem");
        for (var i = 0; i < AccessGuard.MaxFailures; i++)
        {
            Assert.Equal(KeyCheck.Accepted, guard.CheckReadKey(Client, "xem"));
            Assert.Equal(KeyCheck.Wrong, guard.CheckUploadKey(Client, "đoán-" + i));
        }
        Assert.Equal(KeyCheck.Accepted, guard.CheckReadKey(Client, "xem"));
        Assert.Equal(KeyCheck.LockedOut, guard.CheckUploadKey(Client, "khóa"));
        Assert.Equal(TimeSpan.FromMinutes(15), guard.RetryAfter(Client, KeyKind.Upload));
        Assert.Equal(TimeSpan.Zero, guard.RetryAfter(Client, KeyKind.Read));
    }

    [Theory]
    [InlineData(new[] { "http://127.0.0.1:5080" }, true)]
    [InlineData(new[] { "http://localhost:5000", "http://[::1]:5000" }, true)]
    [InlineData(new[] { "http://127.0.0.1:5080", "http://0.0.0.0:5080" }, false)]
    [InlineData(new[] { "http://*:80" }, false)]
    [InlineData(new[] { "http://+:80" }, false)]
    [InlineData(new[] { "http://192.168.1.10:5080" }, false)]
    public void LoopbackOnly_Addresses(string[] addresses, bool expected) =>
        Assert.Equal(expected, AccessGuard.LoopbackOnly(addresses));

    [Fact]
    public void CheckUploadKey_RightAndWrongKeys()
    {
        var (guard, _) = Guard();
        Assert.Equal(KeyCheck.Wrong, guard.CheckUploadKey(Client, "khoa"));      // no diacritics: not the key
        Assert.Equal(KeyCheck.Wrong, guard.CheckUploadKey(Client, null));
        Assert.Equal(KeyCheck.Accepted, guard.CheckUploadKey(Client, "khóa"));
        Assert.Equal(KeyCheck.NotConfigured, Guard(uploadKey: null).Guard.CheckUploadKey(Client, "khóa"));
    }

    [Fact]
    public void CheckUploadKey_FiveWrongKeys_LockOutUntilTheWindowEnds()
    {
        var (guard, clock) = Guard();
        for (var i = 0; i < 10; i++) Assert.Equal(KeyCheck.Wrong, guard.CheckUploadKey(Client, null));   // not counted
        for (var i = 0; i < AccessGuard.MaxFailures; i++) Assert.Equal(KeyCheck.Wrong, guard.CheckUploadKey(Client, "sai"));
        Assert.Equal(KeyCheck.LockedOut, guard.CheckUploadKey(Client, "khóa"));
        Assert.Equal(KeyCheck.Accepted, guard.CheckUploadKey(IPAddress.Parse("192.0.2.8"), "khóa"));   // another client
        clock.Now += TimeSpan.FromMinutes(10);
        Assert.Equal(TimeSpan.FromMinutes(5), guard.RetryAfter(Client, KeyKind.Upload));
        clock.Now += TimeSpan.FromMinutes(5);
        Assert.Equal(KeyCheck.Accepted, guard.CheckUploadKey(Client, "khóa"));
    }

    [Theory]
    [InlineData("Basic Omtow7Nh", "khóa")]          // ":khóa"
    [InlineData("Basic dXNlcjprOmg=", "k:h")]         // "user:k:h": the password may hold a colon
    [InlineData("Basic ***", null)]
    [InlineData("Bearer abc", null)]
    [InlineData(null, null)]
    public void Password_FromBasicHeader(string? header, string? expected) =>
        Assert.Equal(expected, ReadKeyGate.Password(header));
}
