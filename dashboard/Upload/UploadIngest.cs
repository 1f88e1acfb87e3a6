using Analytics.Pipeline.Store;

namespace Analytics.Dashboard.Upload;

/// <summary>What became of one uploaded file: added figures, or why nothing was added.</summary>
public sealed record UploadResult(string FileName, bool Accepted, string Summary, IReadOnlyList<string> Problems);

/// <summary>
/// Checks, stores and ingests uploaded files one by one with the pipeline's own ingestion; a file that fails adds
/// nothing (the ingestion runs each file in one transaction). Ingests are serialised within the process.
/// </summary>
public sealed class UploadIngest(DuckDb db, UploadStore store, DashboardSettings settings)
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public async Task<IReadOnlyList<UploadResult>> RunAsync(IReadOnlyList<IFormFile> files, CancellationToken cancel)
    {
        if (files.Count == 0) return [Refused("", UploadMessages.NoFiles)];
        if (files.Count > settings.MaxFiles) return [Refused("", UploadMessages.TooManyFiles(settings.MaxFiles))];
        var results = new List<UploadResult>(files.Count);
        foreach (var file in files) results.Add(await OneAsync(file, cancel));
        return results;
    }

    private async Task<UploadResult> OneAsync(IFormFile file, CancellationToken cancel)
    {
        var name = UploadStore.DisplayName(file.FileName);
        if (file.Length > settings.MaxFileBytes) return Refused(name, UploadMessages.TooLarge(settings.MaxFileBytes));
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancel);
        if (UploadCheck.Problem(name, buffer, settings.MaxFileBytes) is { } problem) return Refused(name, problem);
        var path = await store.SaveAsync(buffer, Path.GetExtension(name).ToLowerInvariant(), cancel);
        await OneAtATime.WaitAsync(cancel);
        try { return Ingest(path, name); }
        finally { OneAtATime.Release(); }
    }

    // INTEGRATION POINT (lead's Analytics.Pipeline.Load.Ingestor, not yet on main):
    //   using var con = db.Connect(); var r = Ingestor.IngestFile(con, path, name);
    //   → UploadResult(name, !r.Failed, counts of observations/targets/tasks added, r's error findings as "file:line: message").
    private UploadResult Ingest(string path, string name)
    {
        _ = db;
        _ = path;
        return Refused(name, UploadMessages.NotWiredYet);
    }

    private static UploadResult Refused(string name, string problem) => new(name, false, "Không nạp", [problem]);
}
