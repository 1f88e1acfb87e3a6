namespace Analytics.Dashboard.Upload;

/// <summary>
/// Keeps uploaded files under generated names in the uploads folder (never the client's name or path), until and
/// after they are ingested, so every figure can still be traced to the file it came from.
/// </summary>
public sealed class UploadStore(DashboardSettings settings)
{
    public async Task<string> SaveAsync(Stream content, string extension, CancellationToken cancel)
    {
        Directory.CreateDirectory(settings.UploadDir);
        var name = $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}{extension}";
        var path = Path.Combine(settings.UploadDir, name);
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        content.Position = 0;
        await content.CopyToAsync(file, cancel);
        return path;
    }

    /// <summary>The client's file name reduced to a plain name: no folders, no control characters, at most 120 chars.</summary>
    public static string DisplayName(string clientName)
    {
        var name = Path.GetFileName(clientName.Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format).ToArray()).Trim();
        name = name.Normalize(System.Text.NormalizationForm.FormC);
        return name.Length == 0 ? "(không tên)" : name.Length > 120 ? name[..120] : name;
    }
}
