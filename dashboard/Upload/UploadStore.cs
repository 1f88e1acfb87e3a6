using System.Text.RegularExpressions;

namespace Analytics.Dashboard.Upload;

/// <summary>
/// Keeps uploaded files under generated names in the uploads folder (never the client's name or path), so every figure
/// can still be traced to the file it came from, within a quota: files no loaded document or kept version reads, older
/// than <see cref="PendingLife"/> (an unconfirmed replacement), are cleared when room is needed; a refused or duplicate
/// upload is deleted at once (<see cref="Discard"/>).
/// </summary>
public sealed partial class UploadStore(DashboardSettings settings, TimeProvider clock)
{
    public static readonly TimeSpan PendingLife = TimeSpan.FromHours(1);

    /// <summary>Writes the upload under a generated name (synchronous: it runs under the ingest's lock, on the
    /// renderer's synchronization context, where waiting on an async write would deadlock).</summary>
    public string Save(byte[] content, string extension)
    {
        Directory.CreateDirectory(settings.UploadDir);
        var name = $"{clock.GetUtcNow():yyyyMMdd-HHmmss}-{Guid.NewGuid():N}{extension}";
        var path = Path.Combine(settings.UploadDir, name);
        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        file.Write(content);
        return path;
    }

    /// <summary>True when <paramref name="bytes"/> more fit in the quota, after clearing files nothing reads (<paramref name="kept"/> are read).</summary>
    public bool MakeRoom(long bytes, IReadOnlySet<string> kept)
    {
        if (!Directory.Exists(settings.UploadDir)) return bytes <= settings.UploadQuotaBytes;
        var files = new DirectoryInfo(settings.UploadDir).GetFiles();
        if (files.Sum(f => f.Length) + bytes <= settings.UploadQuotaBytes) return true;
        foreach (var f in files.Where(f => !kept.Contains(f.FullName) && clock.GetUtcNow() - f.LastWriteTimeUtc > PendingLife))
            f.Delete();
        return new DirectoryInfo(settings.UploadDir).GetFiles().Sum(f => f.Length) + bytes <= settings.UploadQuotaBytes;
    }

    /// <summary>Deletes a stored upload nothing will read (refused, duplicate, unchanged).</summary>
    public static void Discard(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>The path of a stored upload named as <see cref="Save"/> names them, or null for any other name.</summary>
    public string? Stored(string? generated) =>
        generated is not null && GeneratedName().IsMatch(generated) && File.Exists(Path.Combine(settings.UploadDir, generated))
            ? Path.Combine(settings.UploadDir, generated) : null;

    /// <summary>The client's file name reduced to a plain name: no folders, no control characters, at most 120 chars.</summary>
    public static string DisplayName(string clientName)
    {
        var name = Path.GetFileName(clientName.Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format).ToArray()).Trim();
        name = name.Normalize(System.Text.NormalizationForm.FormC);
        return name.Length == 0 ? "(không tên)" : name.Length > 120 ? name[..120] : name;
    }

    [GeneratedRegex(@"^[0-9]{8}-[0-9]{6}-[0-9a-f]{32}\.[a-z]{2,4}$")]
    private static partial Regex GeneratedName();
}
