namespace Analytics.Fuzz;

/// <summary>Mutations of raw bytes, for any file: cuts, flips, random bytes, NULs, splices, repeats.</summary>
internal static class ByteMutations
{
    public static byte[] Truncate(Random r, byte[] b) => b[..(r.Chance(0.1) ? r.Next(Math.Min(b.Length, 3) + 1) : r.Next(b.Length + 1))];

    public static byte[] FlipBits(Random r, byte[] b)
    {
        var c = (byte[])b.Clone();
        for (int i = 0, n = r.Next(1, 24); i < n && c.Length > 0; i++) c[r.Next(c.Length)] ^= (byte)(1 << r.Next(8));
        return c;
    }

    public static byte[] Overwrite(Random r, byte[] b)
    {
        var c = (byte[])b.Clone();
        if (c.Length == 0) return r.Bytes(16);
        var at = r.Next(c.Length);
        var junk = r.Bytes(Math.Min(r.Next(1, 256), c.Length - at));
        junk.CopyTo(c, at);
        return c;
    }

    public static byte[] Insert(Random r, byte[] b)
    {
        var at = r.Next(b.Length + 1);
        return [.. b[..at], .. r.Bytes(r.Next(1, 512)), .. b[at..]];
    }

    public static byte[] DeleteSpan(Random r, byte[] b)
    {
        if (b.Length < 2) return b;
        var at = r.Next(b.Length);
        var n = r.Next(1, Math.Min(4096, b.Length - at) + 1);
        return [.. b[..at], .. b[(at + n)..]];
    }

    public static byte[] Nuls(Random r, byte[] b)
    {
        var c = (byte[])b.Clone();
        for (int i = 0, n = r.Next(1, 8); i < n && c.Length > 0; i++) c[r.Next(c.Length)] = 0;
        return c;
    }

    public static byte[] Splice(Random r, byte[] a, byte[] b) => [.. a[..r.Next(a.Length + 1)], .. b[r.Next(b.Length + 1)..]];

    /// <summary>A span repeated up to ~1 MB: the shape of a stuck copy-paste or a looping export.</summary>
    public static byte[] RepeatSpan(Random r, byte[] b)
    {
        if (b.Length == 0) return b;
        var at = r.Next(b.Length);
        var span = b[at..Math.Min(b.Length, at + r.Next(1, 200))];
        var times = Math.Min(1_000_000 / span.Length, r.Next(2, 50_000));
        var body = new byte[span.Length * times];
        for (var i = 0; i < times; i++) span.CopyTo(body, i * span.Length);
        return [.. b[..at], .. body, .. b[at..]];
    }

    public static byte[] RandomFile(Random r, byte[] _) => r.Bytes(r.Next(1, 64 * 1024));
}
