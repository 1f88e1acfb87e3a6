using Analytics.Dashboard;
using Analytics.Dashboard.Upload;

namespace Analytics.Tests.Dashboard;

/// <summary>Issue 14: uploads were kept forever. The folder is held to its quota: past it, files nothing reads and older
/// than an hour are cleared; files a document or kept version reads, and recent ones (an unconfirmed replacement), stay.</summary>
public sealed class UploadStoreTests
{
    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2025, 3, 25, 8, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static (UploadStore Store, Clock Clock) Store(string dir, long quota)
    {
        var clock = new Clock();
        return (new UploadStore(new DashboardSettings("x.duckdb", dir, 10, 20, []) { UploadQuotaBytes = quota }, clock), clock);
    }

    private static string Aged(UploadStore store, Clock clock, int bytes, TimeSpan age)
    {
        var path = store.Save(new byte[bytes], ".csv");
        File.SetLastWriteTimeUtc(path, (clock.Now - age).UtcDateTime);
        return path;
    }

    [Fact]
    public void MakeRoom_PastTheQuota_ClearsOnlyOldFilesNothingReads()
    {
        using var tmp = RepoPaths.Temp();
        var (store, clock) = Store(tmp.Path, quota: 1000);
        var loaded = Aged(store, clock, 300, TimeSpan.FromDays(30));   // a loaded document's file
        var orphan = Aged(store, clock, 300, TimeSpan.FromHours(2));   // nothing reads it
        var pending = Aged(store, clock, 300, TimeSpan.FromMinutes(5)); // an unconfirmed replacement
        Assert.True(store.MakeRoom(100, new HashSet<string> { loaded }));  // 900 + 100 fit: nothing cleared
        Assert.True(File.Exists(orphan));
        Assert.True(store.MakeRoom(300, new HashSet<string> { loaded }));  // 1200 do not: the orphan goes
        Assert.Equal(new[] { loaded, pending }.Order(StringComparer.Ordinal), Directory.GetFiles(tmp.Path).Order(StringComparer.Ordinal));
        Assert.False(store.MakeRoom(500, new HashSet<string> { loaded })); // 600 + 500: nothing more may go, refused
        Assert.True(File.Exists(loaded) && File.Exists(pending));
    }

    [Fact]
    public void Discard_DeletesARefusedUpload()
    {
        using var tmp = RepoPaths.Temp();
        var (store, _) = Store(tmp.Path, quota: 1000);
        var path = store.Save([1, 2, 3], ".txt");
        UploadStore.Discard(path);
        Assert.Empty(Directory.GetFiles(tmp.Path));
    }
}
