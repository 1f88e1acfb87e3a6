using System.IO.Compression;

namespace Analytics.Pipeline.Extract.Decode;

/// <summary>Refuses Office packages that would expand beyond sane limits (zip bombs) or are not readable ZIPs, before any part is parsed.</summary>
public static class ZipGuard
{
    public const long MaxExpandedBytes = 200L * 1024 * 1024;
    public const int MaxEntries = 10_000;
    public const double MaxRatio = 200;

    /// <returns>null when the package may be opened, else the reason it may not.</returns>
    public static string? Check(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries) return ReaderMessages.ZipTooManyEntries(zip.Entries.Count);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > MaxExpandedBytes) return ReaderMessages.ZipTooLarge(MaxExpandedBytes);
                if (entry.CompressedLength > 0 && entry.Length / (double)entry.CompressedLength > MaxRatio && entry.Length > 1024 * 1024)
                    return ReaderMessages.ZipRatio(entry.FullName);
            }
            return null;
        }
        catch (InvalidDataException e)
        {
            return ReaderMessages.ZipCorrupt(e.Message);
        }
    }
}
