using System.Text;

namespace Analytics.Pipeline.Extract.Decode;

/// <summary>
/// What a page's (or a form's) content stream draws, read without laying anything out: the bytes of its strings, a
/// bound on the glyphs it shows (each glyph takes at least one byte of a string), and how many times it draws each
/// named XObject (<c>/Name Do</c>), through which a small form drawn many times multiplies its glyphs.
/// </summary>
internal sealed record PdfDraws(long StringBytes, IReadOnlyDictionary<string, int> XObjects)
{
    public static PdfDraws Scan(ReadOnlySpan<byte> s)
    {
        long strings = 0;
        var draws = new Dictionary<string, int>();
        var name = (Start: 0, Length: -1);
        for (var i = 0; i < s.Length;)
        {
            switch (s[i])
            {
                case (byte)'%': while (i < s.Length && s[i] is not ((byte)'\n' or (byte)'\r')) i++; break;
                case (byte)'(': i = Literal(s, i + 1, ref strings); break;
                case (byte)'<' when i + 1 < s.Length && s[i + 1] == '<': i += 2; break;
                case (byte)'<': i = Hex(s, i + 1, ref strings); break;
                case (byte)'/':
                    name = (++i, 0);
                    while (i < s.Length && IsRegular(s[i])) { i++; name.Length++; }
                    break;
                case var c when !IsRegular(c): i++; break;
                default:
                    var start = i;
                    while (i < s.Length && IsRegular(s[i])) i++;
                    var op = s[start..i];
                    if (op.SequenceEqual("Do"u8) && name.Length >= 0)
                    {
                        var key = Encoding.Latin1.GetString(s.Slice(name.Start, name.Length));
                        draws[key] = draws.GetValueOrDefault(key) + 1;
                    }
                    else if (op.SequenceEqual("ID"u8)) i = InlineImageEnd(s, i);
                    if (char.IsAsciiLetter((char)op[0])) name = (0, -1); // an operator (not a number) uses up its operands
                    break;
            }
        }
        return new PdfDraws(strings, draws);
    }

    // A literal string: balanced parentheses, a backslash escapes the next byte.
    private static int Literal(ReadOnlySpan<byte> s, int i, ref long strings)
    {
        for (var depth = 1; i < s.Length; i++, strings++)
        {
            if (s[i] == '\\') i++;
            else if (s[i] == '(') depth++;
            else if (s[i] == ')' && --depth == 0) return i + 1;
        }
        return i;
    }

    private static int Hex(ReadOnlySpan<byte> s, int i, ref long strings)
    {
        var end = s[i..].IndexOf((byte)'>');
        end = end < 0 ? s.Length : i + end;
        strings += (end - i + 1) / 2;
        return end + 1;
    }

    // After ID: the picture's bytes up to an EI between white space (or the end).
    private static int InlineImageEnd(ReadOnlySpan<byte> s, int i)
    {
        for (i++; i + 1 < s.Length; i++)
            if (s[i] == 'E' && s[i + 1] == 'I' && IsSpace(s[i - 1]) && (i + 2 == s.Length || !IsRegular(s[i + 2]))) return i + 2;
        return s.Length;
    }

    private static bool IsSpace(byte c) => c is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsRegular(byte c) => !IsSpace(c) && c is not ((byte)'(' or (byte)')' or (byte)'<' or (byte)'>'
        or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%');
}
