using System.Text;

namespace Analytics.Fuzz;

/// <summary>
/// Vietnamese text as the legacy encodings users' old files still carry: Windows-1258 (base letter + combining tone
/// byte, via the runtime's code pages) and TCVN3 (ABC, one byte per lower-case letter; upper-case toned letters share
/// the lower-case codes, as the ".VnTimeH" fonts draw them). Used only to make hostile inputs.
/// </summary>
public static class LegacyEncodings
{
    private static readonly Encoding Cp1258 = CodePage1258();

    // The five tone marks Windows-1258 keeps as combining bytes (grave, acute, tilde, hook above, dot below).
    private static readonly HashSet<char> Tones = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

    public static byte[] ToWindows1258(string text)
    {
        var sb = new StringBuilder(text.Length + text.Length / 4);
        foreach (var rune in text.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            var d = rune.ToString().Normalize(NormalizationForm.FormD);
            var tone = d.FirstOrDefault(Tones.Contains);
            sb.Append(tone == default ? rune.ToString() : d.Replace(tone.ToString(), "").Normalize(NormalizationForm.FormC) + tone);
        }
        return Cp1258.GetBytes(sb.ToString());
    }

    public static byte[] ToTcvn3(string text)
    {
        var bytes = new List<byte>(text.Length);
        foreach (var rune in text.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            var c = rune.IsBmp ? (char)rune.Value : '?';
            if (c < 0x80) bytes.Add((byte)c);
            else if (Tcvn3.TryGetValue(c, out var b) || Tcvn3.TryGetValue(char.ToLowerInvariant(c), out b)) bytes.Add(b);
            else bytes.Add((byte)'?');
        }
        return [.. bytes];
    }

    private static Encoding CodePage1258()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1258, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
    }

    // TCVN 5712:1993 VN3 ("ABC"): the letters with a breve, circumflex or horn and đ have upper-case codes; the rest do not.
    private static readonly Dictionary<char, byte> Tcvn3 = Build(
        ("Ă", 0xA1), ("Â", 0xA2), ("Ê", 0xA3), ("Ô", 0xA4), ("Ơ", 0xA5), ("Ư", 0xA6), ("Đ", 0xA7),
        ("ă", 0xA8), ("â", 0xA9), ("ê", 0xAA), ("ô", 0xAB), ("ơ", 0xAC), ("ư", 0xAD), ("đ", 0xAE),
        ("àảãáạ", 0xB5), ("ằẳẵắ", 0xBB), ("ặ", 0xC6), ("ầẩẫấậ", 0xC7), ("è", 0xCC), ("ẻẽéẹ", 0xCE),
        ("ềểễếệ", 0xD2), ("ìỉ", 0xD7), ("ĩíị", 0xDC), ("ò", 0xDF), ("ỏõóọ", 0xE1), ("ồổỗốộ", 0xE5),
        ("ờởỡớợ", 0xEA), ("ù", 0xEF), ("ủũúụ", 0xF1), ("ừửữứự", 0xF5), ("ỳỷỹýỵ", 0xFA));

    // Each run of letters takes consecutive codes from its first code.
    private static Dictionary<char, byte> Build(params (string Letters, int First)[] runs)
    {
        var map = new Dictionary<char, byte>();
        foreach (var (letters, first) in runs)
            for (var i = 0; i < letters.Length; i++) map[letters[i]] = (byte)(first + i);
        return map;
    }
}
