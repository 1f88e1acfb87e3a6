using Analytics.Pipeline.Extract.Blocks;
using Analytics.Pipeline.Extract.Header;
using Analytics.Pipeline.Extract.Statements;
using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Extract.Tasks;

/// <summary>
/// Tasks written as numbered sections of running text (seed 004): "1.1. Tiêu chí …: a) Mục tiêu … b) Nhiệm vụ, giải
/// pháp … c) Phân công trách nhiệm - Cơ quan chủ trì: … - Cơ quan phối hợp: … d) Thời gian …". A numbered heading is
/// a task when its own paragraphs carry such labels; its section is the heading, its index and criteria come from
/// the heading and the headings above it.
/// </summary>
internal static class SectionTasks
{
    public static void Read(IReadOnlyList<OutlinedParagraph> outline, PlanMeta meta, ReadSink sink)
    {
        for (var i = 0; i < outline.Count; i++)
        {
            if (outline[i].Self is not { Level: > 0 } heading) continue;
            var body = outline.Skip(i + 1).TakeWhile(o => o.Self is null).Select(o => o.Paragraph).ToList();
            if (Build(heading, outline[i].Chain, body, meta, sink.File) is { } task) sink.Tasks.Add(task);
        }
    }

    private static PlanTask? Build(Heading heading, IReadOnlyList<Heading> chain, List<ParagraphBlock> body, PlanMeta meta, string file)
    {
        var fields = Fields(body);
        if (!fields.ContainsKey(TaskField.Description) && !fields.ContainsKey(TaskField.Lead)) return null;
        var scope = Sections.Scope(chain.Select(h => h.Text).ToList(), meta.DefaultIndex);
        var assignment = Get(fields, TaskField.Assignment);
        var description = Get(fields, TaskField.Description) ?? Sections.HeadingWords(heading.Text);
        var whole = heading.Text + " " + string.Join(" ", body.Select(p => p.Text));
        return new PlanTask(meta.Issuer ?? meta.DefaultSubject.Unit, meta.Province, meta.Year, scope.Index, heading.Text,
            scope.Criteria, description,
            Get(fields, TaskField.Lead) ?? Assignment.Lead(assignment),
            Get(fields, TaskField.Partners) ?? Assignment.Partners(assignment),
            Get(fields, TaskField.Timeline), Get(fields, TaskField.Goal),
            new SourceRef(file, heading.Line, Snippet.Head(whole)));
    }

    private static Dictionary<TaskField, List<string>> Fields(IEnumerable<ParagraphBlock> body)
    {
        var fields = new Dictionary<TaskField, List<string>>();
        TaskField? current = null;
        foreach (var p in body)
        {
            var (field, text) = TaskLabels.Of(p.Text) is { } label ? (label.Field, label.Text) : (current, p.Text);
            if (field is not { } f) continue;
            current = f;
            if (!fields.TryGetValue(f, out var list)) fields[f] = list = [];
            if (text.Length > 0) list.Add(text);
        }
        return fields;
    }

    private static string? Get(Dictionary<TaskField, List<string>> fields, TaskField field) =>
        fields.TryGetValue(field, out var list) && list.Count > 0 ? string.Join(" ", list).TrimEnd('.', ';', ' ') : null;
}
