using Analytics.Pipeline.Sequence;
using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.OutputCaching;
using Analytics.Dashboard.Data;
using Analytics.Dashboard.Web;
using Analytics.Pipeline.Extract;
using Analytics.Pipeline.Extract.Results;
using Analytics.Pipeline.Load;
using Analytics.Pipeline.Store;

namespace Analytics.Dashboard.Upload;

/// <summary>A unit whose figures an upload changed, and the link to its profile.</summary>
public sealed record UnitLink(string Label, string Href);

/// <summary>An upload that would replace a loaded document: kept, waiting for the user's confirmation.</summary>
public sealed record PendingReplacement(string Stored, string Name, long LoadedItems, long NewItems);

/// <summary>What became of one uploaded file: what it added, or why nothing was added, or that it waits for confirmation.</summary>
public sealed record UploadResult(string FileName, bool Accepted, string Summary, IReadOnlyList<string> Problems)
{
    public IReadOnlyList<UnitLink> Units { get; init; } = [];
    public PendingReplacement? Pending { get; init; }
}

/// <summary>
/// Checks, stores and ingests uploaded files one by one with the pipeline's own ingestion (one transaction per file, so
/// a file that fails adds nothing). A file refused by the checks is recorded among the rejections; a file whose
/// content is loaded under another name is a duplicate; a file named like a loaded document waits for confirmation
/// (the replaced version is kept and restorable). Ingests are serialised within the process.
/// </summary>
public sealed class UploadIngest(DuckDb db, UploadStore store, DashboardSettings settings, QueryCache cache, AccessGuard guard,
    IOutputCacheStore pages)
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public async Task<IReadOnlyList<UploadResult>> RunAsync(IReadOnlyList<IFormFile> files, IPAddress? client, string? key,
        ResultsDefaults? defaults, CancellationToken cancel)
    {
        if (KeyProblem(client, key) is { } refused) return [Refused("", refused)];
        if (files.Count == 0) return [Refused("", UploadMessages.NoFiles)];
        if (files.Count > settings.MaxFiles) return [Refused("", UploadMessages.TooManyFiles(settings.MaxFiles))];
        var results = new List<UploadResult>(files.Count);
        foreach (var file in files) results.Add(await OneAsync(file, defaults, cancel));
        return results;
    }

    /// <summary>Loads a stored upload waiting for confirmation under the name it replaces.</summary>
    public async Task<UploadResult> ConfirmAsync(string? stored, string? name, IPAddress? client, string? key, ResultsDefaults? defaults, CancellationToken cancel)
    {
        var display = UploadStore.DisplayName(name ?? "");
        if (KeyProblem(client, key) is { } refused) return Refused(display, refused);
        if (store.Stored(stored) is not { } path || !string.Equals(Path.GetExtension(path), Path.GetExtension(display), StringComparison.OrdinalIgnoreCase))
            return Refused(display, UploadMessages.PendingGone);
        return await ExclusiveAsync(con => Ingested(con, path, display, defaults), cancel);
    }

    private async Task<UploadResult> OneAsync(IFormFile file, ResultsDefaults? defaults, CancellationToken cancel)
    {
        var name = UploadStore.DisplayName(file.FileName);
        if (file.Length > settings.MaxFileBytes) return await RecordedAsync(name, UploadMessages.TooLarge(settings.MaxFileBytes), cancel);
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancel);
        if (UploadCheck.Problem(name, buffer, settings.MaxFileBytes) is { } problem) return await RecordedAsync(name, problem, cancel);
        var bytes = buffer.ToArray();
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return await ExclusiveAsync(con =>
        {
            if (!store.MakeRoom(bytes.Length, DocumentVersions.KeptPaths(con))) return Refused(name, UploadMessages.QuotaFull(settings.UploadQuotaBytes));
            var path = store.Save(bytes, Path.GetExtension(name).ToLowerInvariant());
            if (DocumentVersions.Loaded(con, name) is { } loaded && loaded.Sha != sha)
                return Pending(name, path, loaded, bytes, defaults);
            return Ingested(con, path, name, defaults);
        }, cancel);
    }

    // The stored file ingested under the user's name; a file that adds nothing is not kept.
    private UploadResult Ingested(DuckDbConnection con, string path, string name, ResultsDefaults? defaults)
    {
        var outcome = Stages.IngestFile(con, path, name, defaults);
        if (outcome.Status is not (IngestStatus.Loaded or IngestStatus.Replaced)) UploadStore.Discard(path);
        return UploadOutcome.Describe(name, outcome);
    }

    private static UploadResult Pending(string name, string path, LoadedVersion loaded, byte[] bytes, ResultsDefaults? defaults)
    {
        var x = DocumentReader.Read(name, bytes, defaults);
        var items = x.Failed ? 0 : x.Observations.Count + x.Targets.Count + x.Tasks.Count;
        return new UploadResult(name, false, UploadMessages.AsksToReplace(loaded.Items, items), [])
            { Pending = new PendingReplacement(Path.GetFileName(path), name, loaded.Items, items) };
    }

    // A refusal before the ingest, recorded so it shows among the rejections on the data page.
    private Task<UploadResult> RecordedAsync(string name, string problem, CancellationToken cancel) => ExclusiveAsync(con =>
    {
        DocumentVersions.RecordRefusal(con, name, problem);
        return Refused(name, problem);
    }, cancel);

    private async Task<UploadResult> ExclusiveAsync(Func<DuckDbConnection, UploadResult> work, CancellationToken cancel)
    {
        await OneAtATime.WaitAsync(cancel);
        try
        {
            using var con = db.Connect();
            var result = work(con);
            cache.Changed();
            await pages.EvictByTagAsync(DashboardServices.DataTag, cancel);
            return result;
        }
        finally { OneAtATime.Release(); }
    }

    /// <summary>Why the upload (or a change of versions) may not go ahead, or null.</summary>
    public string? KeyProblem(IPAddress? client, string? key) => !guard.UploadsNeedKey ? null
        : guard.CheckUploadKey(client, key) switch
        {
            KeyCheck.Accepted => null,
            KeyCheck.NotConfigured => UploadMessages.UploadsOff,
            KeyCheck.LockedOut => UploadMessages.LockedOut(guard.RetryAfter(client, KeyKind.Upload)),
            _ => UploadMessages.WrongKey,
        };

    /// <summary>Runs a change of versions (remove, restore) like an upload: one at a time, then the caches evicted.</summary>
    public Task<UploadResult> ChangeAsync(Func<DuckDbConnection, UploadResult> change, CancellationToken cancel) => ExclusiveAsync(change, cancel);

    public static UploadResult Refused(string name, string problem) => new(name, false, UploadMessages.NotLoaded, [problem]);
}
