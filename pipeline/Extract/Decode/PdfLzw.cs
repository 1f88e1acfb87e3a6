namespace Analytics.Pipeline.Extract.Decode;

/// <summary>
/// The PDF filters that expand without Flate, decoded piece by piece into a budgeted sink (PdfPig's own decode the whole
/// stream first): LZW (9–12-bit codes, most significant bit first, the code width growing one code early, as PdfPig and
/// every writer do) and run-length. Each stops at its end-of-data code, at a code it cannot read, or when the sink is full.
/// </summary>
internal static class PdfLzw
{
    public delegate void Write(ReadOnlySpan<byte> bytes);

    public static void Decode(ReadOnlySpan<byte> data, Write write, Func<bool> full)
    {
        var (prefix, suffix, first, length) = (new short[4096], new byte[4096], new byte[4096], new short[4096]);
        for (var i = 0; i < 256; i++) (prefix[i], suffix[i], first[i], length[i]) = (-1, (byte)i, (byte)i, 1);
        Span<byte> word = stackalloc byte[4096];
        int next = 258, width = 9, old = -1, bits = 0;
        long pending = 0;
        foreach (var b in data)
        {
            (pending, bits) = ((pending << 8) | b, bits + 8);
            while (bits >= width)
            {
                bits -= width;
                var code = (int)(pending >> bits) & ((1 << width) - 1);
                if (code == 256) { (next, width, old) = (258, 9, -1); continue; }
                if (code == 257 || code > next || (old < 0 && code > 255) || full()) return;
                if (old >= 0 && next < 4096)
                {
                    (prefix[next], suffix[next], first[next]) = ((short)old, code < next ? first[code] : first[old], first[old]);
                    length[next++] = (short)(length[old] + 1);
                }
                for (int c = code, k = length[code] - 1; k >= 0; c = prefix[c], k--) word[k] = suffix[c];
                write(word[..length[code]]);
                old = code;
                if (next + 1 >= 1 << width && width < 12) width++;
            }
        }
    }

    public static void RunLength(ReadOnlySpan<byte> data, Write write, Func<bool> full)
    {
        Span<byte> run = stackalloc byte[128];
        for (var i = 0; i < data.Length && !full();)
        {
            var n = data[i++];
            if (n == 128) return;
            if (n < 128)
            {
                var take = Math.Min(n + 1, data.Length - i);
                write(data.Slice(i, take));
                i += take;
            }
            else if (i < data.Length)
            {
                run[..(257 - n)].Fill(data[i++]);
                write(run[..(257 - n)]);
            }
        }
    }
}
