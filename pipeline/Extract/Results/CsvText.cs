using System.Text;
using Analytics.Pipeline.Extract.Decode;

namespace Analytics.Pipeline.Extract.Results;

/// <summary>One CSV record: the 1-based line it starts on, its raw text, and its fields (quotes removed).</summary>
public sealed record CsvRecord(int Line, string Raw, IReadOnlyList<string> Fields);

/// <summary>RFC 4180 splitting that keeps each record's line number and raw text (quoted fields may span lines).</summary>
public static class CsvText
{
    public static IReadOnlyList<CsvRecord> Records(string text, char separator)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var (line, startLine, start, inQuotes) = (1, 1, 0, false);
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : '\n';
            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') inQuotes = false;
                else { if (c == '\n') line++; field.Append(c); }
                continue;
            }
            if (c == '"') inQuotes = true;
            else if (c == separator) { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\n')
            {
                fields.Add(field.ToString()); field.Clear();
                var raw = text[start..Math.Min(i, text.Length)].TrimEnd('\r');
                if (i < text.Length || raw.Length > 0) records.Add(new CsvRecord(startLine, raw, fields.Select(f => f.TrimEnd('\r')).ToList()));
                fields = [];
                line++; startLine = line; start = i + 1;
            }
            else field.Append(c);
        }
        return records;
    }

    /// <summary>The separator of a wide table: the one of ';', tab and ',' found at least twice on the most lines.</summary>
    public static char DetectSeparator(string text)
    {
        var lines = text.Split('\n').Take(30).ToList();
        return new[] { ';', '\t', ',' }
            .OrderByDescending(s => lines.Count(l => l.Count(c => c == s) >= 2))
            .First();
    }

    /// <summary>Decodes UTF-8 (with or without BOM) strictly; null when the bytes are not UTF-8. Text comes back NFC.</summary>
    public static string? DecodeUtf8(byte[] bytes)
    {
        try
        {
            var text = new UTF8Encoding(false, true).GetString(bytes);
            return TextNormalizer.AsciiDigits((text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text).Normalize(NormalizationForm.FormC));
        }
        catch (DecoderFallbackException) { return null; }
    }
}
