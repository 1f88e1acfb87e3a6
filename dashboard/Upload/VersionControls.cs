using Analytics.Pipeline.Sequence;
using System.Net;
using Analytics.Pipeline.Load;
using Analytics.Pipeline.Store;

namespace Analytics.Dashboard.Upload;

/// <summary>
/// The data page's version controls: the kept earlier versions, and removing or restoring a document, each behind the
/// upload key like an upload, one at a time with the uploads, the caches evicted after.
/// </summary>
public sealed class VersionControls(DuckDb db, UploadIngest ingest)
{
    public IReadOnlyList<KeptVersion> Kept()
    {
        using var con = db.Connect();
        return DocumentVersions.Kept(con);
    }

    public async Task<UploadResult> RemoveAsync(string name, IPAddress? client, string? key, CancellationToken cancel) =>
        ingest.KeyProblem(client, key) is { } refused ? UploadIngest.Refused(name, refused)
        : await ingest.ChangeAsync(con => Stages.Remove(con, name)
            ? new UploadResult(name, true, UploadMessages.Removed, [])
            : UploadIngest.Refused(name, UploadMessages.NotLoadedNow), cancel);

    public async Task<UploadResult> RestoreAsync(string name, string sha, IPAddress? client, string? key, CancellationToken cancel) =>
        ingest.KeyProblem(client, key) is { } refused ? UploadIngest.Refused(name, refused)
        : await ingest.ChangeAsync(con => Stages.Restore(con, name, sha) switch
        {
            (_, { }) => UploadIngest.Refused(name, UploadMessages.CannotRestore),
            ({ } outcome, _) => UploadOutcome.Describe(name, outcome) is var d ? d with { Summary = UploadMessages.Restored + " " + d.Summary } : d,
            _ => UploadIngest.Refused(name, UploadMessages.CannotRestore),
        }, cancel);
}
