using System.Text.RegularExpressions;
using Analytics.Pipeline.Extract.Decode;

namespace Analytics.Pipeline.Extract.Tasks;

internal enum TaskField { Goal, Description, Assignment, Lead, Partners, Timeline }

/// <summary>
/// The labelled parts of a numbered task section: "a) Mục tiêu, yêu cầu:", "b) Nhiệm vụ, giải pháp:",
/// "c) Phân công trách nhiệm", "- Cơ quan chủ trì:", "- Cơ quan phối hợp/thực hiện:", "d) Thời gian thực hiện/hoàn thành:".
/// The letter is optional (documents skip or repeat it) and a label written twice is read once.
/// </summary>
internal static partial class TaskLabels
{
    /// <summary>The field a paragraph opens and the text after its label, or null when it has no label.</summary>
    public static (TaskField Field, string Text)? Of(string paragraph)
    {
        var folded = FoldedText.Of(paragraph);
        var m = Label().Match(folded);
        if (!m.Success) return null;
        var field = FieldOf(m);
        var rest = paragraph[m.Length..];
        var again = Label().Match(FoldedText.Of(rest.TrimStart()));
        if (again.Success && FieldOf(again) == field) rest = rest.TrimStart()[again.Length..];
        return (field, TextNormalizer.Collapse(rest).TrimEnd('.', ';', ' '));
    }

    private static TaskField FieldOf(Match m) =>
        m.Groups["goal"].Success ? TaskField.Goal
        : m.Groups["desc"].Success ? TaskField.Description
        : m.Groups["assign"].Success ? TaskField.Assignment
        : m.Groups["lead"].Success ? TaskField.Lead
        : m.Groups["partners"].Success ? TaskField.Partners
        : TaskField.Timeline;

    [GeneratedRegex(@"^\s*(?:[a-z]\)\s*)?(?:[-+]\s*)?(?:(?<goal>muc tieu(?:\s*,\s*yeu cau)?|ket qua (?:du kien|can dat))|(?<desc>nhiem vu\s*,?\s*giai phap|giai phap thuc hien|nhiem vu|giai phap)|(?<assign>phan cong trach nhiem|phan cong thuc hien|to chuc thuc hien)|(?<lead>(?:co quan|don vi)\s+chu tri(?:\s+thuc hien)?)|(?<partners>(?:co quan|don vi)\s+(?:phoi hop|thuc hien)(?:\s*/\s*thuc hien|\s+thuc hien)?)|(?<time>thoi gian(?:\s+thuc hien)?(?:\s*/\s*hoan thanh)?|thoi han(?:\s+hoan thanh)?))\s*(?::\s*|$)")]
    private static partial Regex Label();
}
