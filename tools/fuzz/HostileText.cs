using System.Text;

namespace Analytics.Fuzz;

/// <summary>Hostile text documents: huge lines, the largest file accepted, deep HTML, BOMs and UTF-16 in every shape.</summary>
internal static class HostileText
{
    private const string Figure = "Chỉ số hài lòng đạt 88,4%, xếp hạng 7/18, tăng 1,47% và tăng 2 bậc so với năm 2023; ";

    /// <summary>A single line of 1–10 MB: the document joined without line breaks, or one sentence repeated.</summary>
    public static byte[] HugeLine(Random r, string text)
    {
        var size = r.Next(1, 11) * 1024 * 1024;
        var unit = r.Chance(0.5) ? text.ReplaceLineEndings(" ") : r.Chance(0.5) ? Figure : new string('9', 1000) + ",";
        return Encoding.UTF8.GetBytes(Fill(unit, size));
    }

    /// <summary>Exactly <paramref name="bytes"/> bytes of plan text (whole lines, padded): the largest file the ingest accepts.</summary>
    public static byte[] Big(string text, long bytes)
    {
        var unit = Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n") + "\n");
        var b = new byte[bytes];
        for (long at = 0; at < bytes; at += unit.Length) Array.Copy(unit, 0, b, at, Math.Min(unit.Length, bytes - at));
        for (var i = b.Length - 1; i >= 0 && (b[i] & 0xC0) == 0x80; i--) b[i] = (byte)' '; // no cut character at the end
        if (b.Length > 0 && b[^1] >= 0xC0) b[^1] = (byte)' ';
        return b;
    }

    /// <summary>10,000 levels of nested tags, in a markdown table cell or in the text, closed or not.</summary>
    public static string NestedHtml(Random r, string text, int depth = 10_000)
    {
        var tag = r.Pick(["ul><li", "p", "b", "div", "table><tr><td"]);
        var open = string.Concat(Enumerable.Repeat($"<{tag}>", depth));
        var close = r.Chance(0.5) ? string.Concat(Enumerable.Repeat($"</{tag.Split("><")[0]}>", depth)) : "";
        var inner = $"{open}Tiếp cận dịch vụ 85,67% xếp hạng 9/18{close}";
        var cell = r.Chance(0.5) ? $"| 1 | {inner} | 85,67% |" : inner;
        var lines = TextMutations.Lines(text).ToList();
        lines.Insert(r.Next(lines.Count + 1), cell);
        return string.Join('\n', lines);
    }

    /// <summary>Markup that must come out inert: scripts, handlers, entities, comments left open.</summary>
    public static string Markup(Random r, string text) => TextMutations.Sprinkle(r, text,
    [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>", "<!--", "-->",
        "&lt;script&gt;", "&#x3C;b&#x3E;", "&#0;", "&#xD800;", "&amp;amp;amp;", "<br><br/><br />", "<b>88,4%</b>", "<p>", "</li>",
        "<style>*{}</style>", "<![CDATA[", "<svg onload=alert(1)>", "{{7*7}}", "@Html.Raw(\"x\")", "'; DROP TABLE raw_documents; --",
    ], 60);

    public static byte[] WithBom(Random r, string text) => r.Next(7) switch
    {
        0 => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
        1 => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        2 => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        3 => [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
        4 => [0xFF, 0xFE, 0x00, 0x00, .. Encoding.UTF32.GetBytes(text)],
        5 => [0xFF, 0xFE, .. Encoding.UTF8.GetBytes(text)], // a UTF-16 BOM on UTF-8 bytes
        _ => Encoding.Unicode.GetBytes(text), // UTF-16 without its BOM
    };

    /// <summary>UTF-16 with a BOM but an odd byte count, or a lone surrogate.</summary>
    public static byte[] BrokenUtf16(Random r, string text)
    {
        byte[] b = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)];
        if (r.Chance(0.5)) return b[..^1];
        var at = 2 + 2 * r.Next((b.Length - 2) / 2);
        b[at] = 0x00;
        b[at + 1] = 0xD8;
        return b;
    }

    private static string Fill(string unit, int size)
    {
        var sb = new StringBuilder(size + unit.Length);
        while (sb.Length < size) sb.Append(unit);
        return sb.ToString();
    }
}
