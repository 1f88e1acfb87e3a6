using System.Buffers.Binary;
using System.IO.Compression;

namespace Analytics.Fuzz;

/// <summary>Takes an Office package apart into named parts and puts (possibly damaged) parts back into a ZIP.</summary>
public static class ZipParts
{
    public static List<(string Name, byte[] Bytes)> Read(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        return zip.Entries.Select(e => (e.FullName, ReadAll(e))).ToList();
    }

    public static byte[] Write(IEnumerable<(string Name, byte[] Bytes)> parts, CompressionLevel level = CompressionLevel.Fastest)
    {
        var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, bytes) in parts)
            {
                using var s = zip.CreateEntry(name, level).Open();
                s.Write(bytes);
            }
        return buffer.ToArray();
    }

    /// <summary>A ZIP whose one entry is <paramref name="repeat"/> copies of <paramref name="chunk"/>, streamed (never held whole).</summary>
    public static byte[] Repeated(IEnumerable<(string Name, byte[] Bytes)> parts, string name, byte[] head, byte[] chunk, long repeat, byte[] tail)
    {
        var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (n, bytes) in parts.Where(p => p.Name != name))
            {
                using var s = zip.CreateEntry(n, CompressionLevel.Fastest).Open();
                s.Write(bytes);
            }
            using var big = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
            big.Write(head);
            for (long i = 0; i < repeat; i++) big.Write(chunk);
            big.Write(tail);
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// Rewrites the uncompressed size that the local header and the central directory declare for <paramref name="name"/>
    /// (a package that claims 1 GB, or one that claims 1 KB and expands to far more).
    /// </summary>
    public static byte[] DeclareSize(byte[] package, string name, uint declared)
    {
        var bytes = (byte[])package.Clone();
        var nameBytes = System.Text.Encoding.UTF8.GetBytes(name);
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            var sig = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            if (sig == 0x04034b50 && NameAt(bytes, i + 26, i + 30, nameBytes))
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 22), declared);
            else if (sig == 0x02014b50 && NameAt(bytes, i + 28, i + 46, nameBytes))
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 24), declared);
        }
        return bytes;
    }

    private static bool NameAt(byte[] bytes, int lengthAt, int nameAt, byte[] name) =>
        BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(lengthAt)) == name.Length
        && nameAt + name.Length <= bytes.Length && bytes.AsSpan(nameAt, name.Length).SequenceEqual(name);

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var s = entry.Open();
        var buffer = new MemoryStream();
        s.CopyTo(buffer);
        return buffer.ToArray();
    }
}
