using System.Net;
using Microsoft.AspNetCore.OutputCaching;
using Analytics.Dashboard.Data;
using Analytics.Dashboard.Web;
using Analytics.Pipeline.Extract.Results;
using Analytics.Pipeline.Load;
using Analytics.Pipeline.Model;
using Analytics.Pipeline.Store;

namespace Analytics.Dashboard.Upload;

/// <summary>What became of one uploaded file: what it added, or why nothing was added.</summary>
public sealed record UploadResult(string FileName, bool Accepted, string Summary, IReadOnlyList<string> Problems);

/// <summary>
/// Checks, stores and ingests uploaded files one by one with the pipeline's own ingestion (Ingestor.IngestFile: one
/// transaction per file, so a file that fails adds nothing). Ingests are serialised within the process.
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

    private async Task<UploadResult> OneAsync(IFormFile file, ResultsDefaults? defaults, CancellationToken cancel)
    {
        var name = UploadStore.DisplayName(file.FileName);
        if (file.Length > settings.MaxFileBytes) return Refused(name, UploadMessages.TooLarge(settings.MaxFileBytes));
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancel);
        if (UploadCheck.Problem(name, buffer, settings.MaxFileBytes) is { } problem) return Refused(name, problem);
        var path = await store.SaveAsync(buffer, Path.GetExtension(name).ToLowerInvariant(), cancel);
        await OneAtATime.WaitAsync(cancel);
        try
        {
            using var con = db.Connect();
            var outcome = Ingestor.IngestFile(con, path, name, defaults);
            cache.Changed(); // even a refusal records its reason (the rejections view)
            await pages.EvictByTagAsync(DashboardServices.DataTag, cancel);
            return Describe(name, outcome);
        }
        finally { OneAtATime.Release(); }
    }

    /// <summary>Why the upload may not go ahead (the server is reachable from other machines), or null.</summary>
    public string? KeyProblem(IPAddress? client, string? key) => !guard.UploadsNeedKey ? null
        : guard.CheckUploadKey(client, key) switch
        {
            KeyCheck.Accepted => null,
            KeyCheck.NotConfigured => UploadMessages.UploadsOff,
            KeyCheck.LockedOut => UploadMessages.LockedOut(guard.RetryAfter(client, KeyKind.Upload)),
            _ => UploadMessages.WrongKey,
        };

    private static UploadResult Describe(string name, IngestOutcome outcome)
    {
        var warnings = outcome.Extraction?.Findings.Where(f => f.Severity == Severities.Warning)
            .Select(f => UploadMessages.Warning(f.Line, f.Message)) ?? [];
        var problems = outcome.Problems.Where(f => f.Severity == Severities.Error)
            .Select(f => UploadMessages.Error(f.Line, f.Message));
        return outcome.Status switch
        {
            IngestStatus.Failed => new UploadResult(name, false, UploadMessages.Failed, problems.ToList()),
            IngestStatus.Skipped => new UploadResult(name, false, UploadMessages.Skipped(outcome.Problems.FirstOrDefault()?.Message), []),
            IngestStatus.Unchanged => new UploadResult(name, true, UploadMessages.Unchanged, []),
            _ => new UploadResult(name, true, UploadMessages.Added(outcome.Extraction!, outcome.Status == IngestStatus.Replaced),
                warnings.ToList()),
        };
    }

    private static UploadResult Refused(string name, string problem) => new(name, false, UploadMessages.NotLoaded, [problem]);
}
