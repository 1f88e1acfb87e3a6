using System.Text.RegularExpressions;

namespace Analytics.Dashboard.Vietnamese;

/// <summary>
/// The pipeline's messages (English, for the command line) in Vietnamese for the pages: one pattern per message of
/// the pipeline's message classes (ResultsErrors, ReaderMessages, ExtractMessages, NarrativeMessages, DecodeMessages,
/// IngestMessages), the quoted parts carried over. A message no pattern knows is shown as a Vietnamese sentence
/// without its English text (a test holds every message of those classes to a pattern).
/// </summary>
public static partial class PipelineText
{
    public const string Unknown = "Không đọc được phần này của văn bản (chi tiết kỹ thuật có trong nhật ký máy chủ).";

    private static readonly (Regex Pattern, string Vi)[] Table = PipelineTextTable.Rows
        .Select(r => (new Regex("^" + r.Pattern + "$", RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200)), r.Vi))
        .ToArray();

    /// <summary>The Vietnamese text of a pipeline message; technical reasons inside it (an exception's text) are left out.</summary>
    public static string Vi(string? message)
    {
        if (string.IsNullOrWhiteSpace(message)) return "";
        foreach (var (pattern, vi) in Table)
        {
            var m = pattern.Match(message);
            if (m.Success) return m.Result(vi);
        }
        return LooksVietnamese(message) ? message : Unknown;
    }

    /// <summary>Whether a message is (already) Vietnamese: it has Vietnamese letters and none of the pipeline's English words.</summary>
    public static bool LooksVietnamese(string text) =>
        VietnameseLetter().IsMatch(text) && !EnglishWord().IsMatch(text);

    [GeneratedRegex(@"[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]", RegexOptions.IgnoreCase)]
    private static partial Regex VietnameseLetter();

    /// <summary>English words the pipeline's messages use (a page showing one has let English through).</summary>
    [GeneratedRegex(@"\b(?:the|row|rows|file|files|not|is|was|were|cannot|could|column|value|rank|skipped|loaded|refused|read|page|pages|unit|figure|figures|target|targets|nothing|expected|given|none|give|error|warning|kept|out|observations|year|province|criterion|sheet|cell|empty|document|reading|text|e\.g\.)\b", RegexOptions.IgnoreCase)]
    public static partial Regex EnglishWord();
}
