using System.Text.RegularExpressions;
using Analytics.Pipeline.Extract.Blocks;
using Analytics.Pipeline.Extract.Decode;
using Analytics.Pipeline.Extract.Header;
using Analytics.Pipeline.Extract.Statements;
using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Extract.Tasks;

/// <summary>
/// A task row of a plan table as a <see cref="PlanTask"/>: description (with the method or assignment column and
/// notes when the table has them), lead and coordinating units (from their columns, else read from the assignment
/// text), timeline, expected result; criteria from a cell that names them ("Cải thiện Chỉ số Tiếp cận dịch vụ và
/// Chỉ số Thủ tục hành chính" → access, procedures), else from the section. A PAR INDEX task's criterion comes from its
/// section only ("III | CẢI CÁCH THỦ TỤC HÀNH CHÍNH" → par_procedures): its cells name SIPAS words as often as PAR ones.
/// </summary>
internal static partial class TableTasks
{
    public static PlanTask Build(PlanRow row, TableHeader h, TableState state, PlanMeta meta, string file)
    {
        var method = NonEmpty(h.Cell(row.Cells, ColumnRole.Method));
        var result = NonEmpty(h.Cell(row.Cells, ColumnRole.Result));
        var description = Describe(row, h, method);
        var index = state.Scope.Index;
        var criteria = index == IndexPhrases.Sipas
            ? NamedCriteria(result) ?? NamedCriteria(description) ?? state.Scope.Criteria
            : state.Scope.Criteria;
        var section = state.Group is null ? state.Section : $"{state.Section} › {state.Group}";
        return new PlanTask(meta.Issuer ?? meta.DefaultSubject.Unit, meta.Province, meta.Year, index, section, criteria,
            description,
            Assignment.Cell(h.Cell(row.Cells, ColumnRole.Lead)) ?? Assignment.Lead(method),
            NonEmpty(h.Cell(row.Cells, ColumnRole.Partners)) ?? Assignment.Partners(method),
            NonEmpty(h.Cell(row.Cells, ColumnRole.Timeline)), result,
            new SourceRef(file, row.Line, Snippet.Head(TableReader.RowText(row, out _))));
    }

    private static string Describe(PlanRow row, TableHeader h, string? method)
    {
        var text = h.Cell(row.Cells, ColumnRole.Description) ?? "";
        if (method is not null) text = Join(text, $"{h.Name(ColumnRole.Method)}: {method}");
        if (NonEmpty(h.Cell(row.Cells, ColumnRole.Note)) is { } note) text = Join(text, $"{h.Name(ColumnRole.Note)}: {note}");
        return text;
    }

    private static string Join(string a, string b) => a.Length == 0 ? b : a + " — " + b;

    /// <summary>The criteria a cell names when it speaks of an index or criterion ("Cải thiện Chỉ số …"), else null.</summary>
    private static IReadOnlyList<string>? NamedCriteria(string? cell)
    {
        if (cell is null || !SpeaksOfCriterion().IsMatch(FoldedText.Of(cell))) return null;
        var specific = IndexPhrases.Specific(cell);
        return specific.Count > 0 ? specific : null;
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    [GeneratedRegex(@"chi so|tieu chi|muc do hai long")]
    private static partial Regex SpeaksOfCriterion();
}
