using System.Buffers.Binary;
using System.Diagnostics;

namespace Analytics.Tests.Export;

/// <summary>Just enough of a TrueType file to test against: the Unicode cmap (format 4) and advance widths.</summary>
public sealed class TrueTypeFont
{
    private readonly Dictionary<int, int> _glyphs = [];
    private readonly ushort[] _advances;

    public int UnitsPerEm { get; }

    public TrueTypeFont(byte[] data)
    {
        var tables = new Dictionary<string, int>();
        for (var i = 0; i < U16(data, 4); i++)
            tables[System.Text.Encoding.ASCII.GetString(data, 12 + 16 * i, 4)] = (int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(20 + 16 * i));
        UnitsPerEm = U16(data, tables["head"] + 18);
        var metrics = U16(data, tables["hhea"] + 34);
        _advances = Enumerable.Range(0, metrics).Select(g => (ushort)U16(data, tables["hmtx"] + 4 * g)).ToArray();
        ReadCmap(data, tables["cmap"]);
    }

    /// <summary>The regular file fontconfig resolves for a family name (what Skia, under ScottPlot, will use).</summary>
    public static string PathOf(string family)
    {
        using var fc = Process.Start(new ProcessStartInfo("fc-match") { ArgumentList = { "-f", "%{file}", family }, RedirectStandardOutput = true })!;
        var path = fc.StandardOutput.ReadToEnd().Trim();
        fc.WaitForExit();
        return path;
    }

    public bool Has(int codePoint) => _glyphs.ContainsKey(codePoint);

    /// <summary>Advance of a character in thousandths of an em, rounded.</summary>
    public int Advance(int codePoint) =>
        (int)Math.Round(1000.0 * _advances[Math.Min(_glyphs[codePoint], _advances.Length - 1)] / UnitsPerEm);

    private void ReadCmap(byte[] d, int cmap)
    {
        for (var i = 0; i < U16(d, cmap + 2); i++)
        {
            var (platform, encoding) = (U16(d, cmap + 4 + 8 * i), U16(d, cmap + 6 + 8 * i));
            var sub = cmap + (int)BinaryPrimitives.ReadUInt32BigEndian(d.AsSpan(cmap + 8 + 8 * i));
            if (platform == 3 && encoding == 1 && U16(d, sub) == 4) ReadFormat4(d, sub);
        }
    }

    private void ReadFormat4(byte[] d, int sub)
    {
        var segments = U16(d, sub + 6) / 2;
        int ends = sub + 14, starts = ends + 2 * segments + 2, deltas = starts + 2 * segments, offsets = deltas + 2 * segments;
        for (var s = 0; s < segments; s++)
        {
            int end = U16(d, ends + 2 * s), start = U16(d, starts + 2 * s), delta = (short)U16(d, deltas + 2 * s), offset = U16(d, offsets + 2 * s);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                var glyph = offset == 0 ? (c + delta) & 0xFFFF : U16(d, offsets + 2 * s + offset + 2 * (c - start));
                if (offset != 0 && glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                if (glyph != 0) _glyphs[c] = glyph;
            }
        }
    }

    private static int U16(byte[] d, int at) => BinaryPrimitives.ReadUInt16BigEndian(d.AsSpan(at));
}
