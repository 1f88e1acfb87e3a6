using System.Text.RegularExpressions;
using Analytics.Pipeline.Extract.Blocks;
using Analytics.Pipeline.Extract.Header;
using Analytics.Pipeline.Extract.Statements;
using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Extract.Tasks;

/// <summary>
/// Reads a plan table: section rows ("I", "II." — a heading such as "Tiêu chí 1: Mức độ tiếp cận dịch vụ", whose
/// other cells may state the criterion's result and target, or a PAR INDEX component "III | CẢI CÁCH THỦ TỤC HÀNH
/// CHÍNH"), group rows ("1." followed by "1.1"; in a PAR INDEX section one may name a component), and task rows.
/// Every cell is also read for figures, with the row's section as context.
/// </summary>
internal static partial class TableReader
{
    public static void Read(TableBlock table, PlanMeta meta, ReadSink sink)
    {
        var rows = TableRows.Merge(sink.File, table, sink.Findings);
        var h = table.Header;
        var state = new TableState(meta.DefaultIndex);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var origin = row.Line >= meta.AppendixLine ? StatementContext.PlanAppendix : StatementContext.PlanBody;
            if (Roman().IsMatch(row.Number)) Section(state, row, h, meta);
            else if (IsGroup(rows, i)) Group(state, row, h, sink);
            else
            {
                if (!InGroup(state, row)) (state.Group, state.GroupNumber, state.Scope) = (null, null, state.SectionScope);
                sink.Tasks.Add(TableTasks.Build(row, h, state, meta, sink.File));
            }
            ReadFigures(row, h, state, meta, origin, sink);
        }
    }

    private static void Section(TableState state, PlanRow row, TableHeader h, PlanMeta meta)
    {
        var heading = HeadingText(row, h);
        state.Section = $"{row.Number}. {Sections.HeadingWords(heading)}";
        (state.Group, state.GroupNumber) = (null, null);
        state.SectionScope = Sections.Scope([heading], meta.DefaultIndex);
        state.Scope = state.SectionScope;
        state.CriterionRow = Sections.IndexOf(heading) is not null;
    }

    private static void Group(TableState state, PlanRow row, TableHeader h, ReadSink sink)
    {
        var heading = HeadingText(row, h);
        (state.Group, state.GroupNumber) = ($"{row.Number}. {Sections.HeadingWords(heading)}", row.Number);
        state.Scope = Sections.IndexOf(heading) is not null || state.SectionScope.Index == IndexPhrases.ParIndex
            ? Sections.Scope([state.Section ?? "", heading], state.SectionScope.Index) : state.SectionScope;
        state.CriterionRow = false;
        var others = row.Cells.Where((c, i) => c.Length > 0 && c != heading && i != h.IndexOf(ColumnRole.Number)).ToList();
        if (others.Count > 0) sink.Warn(row.Line, ExtractMessages.GroupRowContent(string.Join(" | ", others)));
    }

    /// <summary>A numbered row is a group heading when the next numbered row is its child ("1." then "1.1").</summary>
    private static bool IsGroup(IReadOnlyList<PlanRow> rows, int i)
    {
        if (!Numeric().IsMatch(rows[i].Number)) return false;
        var next = rows.Skip(i + 1).FirstOrDefault(r => r.Number.Length > 0);
        return next is not null && next.Number.StartsWith(rows[i].Number + ".", StringComparison.Ordinal);
    }

    /// <summary>Whether a task row belongs to the current group: "1.2" to group "1"; "2" after "1", "1.1" does not.</summary>
    private static bool InGroup(TableState state, PlanRow row) =>
        state.GroupNumber is not { } g || row.Number.Length == 0 || row.Number.StartsWith(g + ".", StringComparison.Ordinal);

    private static string HeadingText(PlanRow row, TableHeader h) =>
        h.Cell(row.Cells, ColumnRole.Description) is { Length: > 0 } d ? d
        : row.Cells.Where((c, i) => i != h.IndexOf(ColumnRole.Number)).FirstOrDefault(c => c.Length > 0) ?? "";

    private static void ReadFigures(PlanRow row, TableHeader h, TableState state, PlanMeta meta, string origin, ReadSink sink)
    {
        var source = RowText(row, out var offsets);
        var ctx = new StatementContext(sink.File, origin, meta.DefaultSubject, meta.Issuer, meta.Province, meta.Year,
            meta.DefaultIndex, state.Scope.Index, state.Scope.Criterion, state.Scope.CriterionName, state.CriterionRow && IsSectionRow(row));
        for (var i = 0; i < row.Cells.Count; i++)
            if (row.Cells[i].Length > 0 && i != h.IndexOf(ColumnRole.Number))
                StatementReader.Read(new Statement(row.Line, row.Cells[i], source, offsets[i]), ctx, sink);
    }

    private static bool IsSectionRow(PlanRow row) => Roman().IsMatch(row.Number);

    /// <summary>The row as one source text ("I | Tiêu chí 1: … | Mức độ hài lòng đạt trên 90%"), with each cell's offset.</summary>
    public static string RowText(PlanRow row, out int[] offsets)
    {
        offsets = new int[row.Cells.Count];
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < row.Cells.Count; i++)
        {
            if (row.Cells[i].Length == 0) continue;
            if (text.Length > 0) text.Append(" | ");
            offsets[i] = text.Length;
            text.Append(row.Cells[i]);
        }
        return text.ToString();
    }

    [GeneratedRegex(@"^[IVXLC]{1,5}$")]
    private static partial Regex Roman();

    [GeneratedRegex(@"^\d{1,2}(?:\.\d{1,2})*$")]
    private static partial Regex Numeric();
}

/// <summary>Where the table reader is: the current section and group, and what they serve.</summary>
internal sealed class TableState(string defaultIndex)
{
    public string? Section { get; set; }
    public string? Group { get; set; }
    public string? GroupNumber { get; set; }
    public SectionScope SectionScope { get; set; } = new(defaultIndex, [IndexPhrases.Overall], null);
    public SectionScope Scope { get; set; } = new(defaultIndex, [IndexPhrases.Overall], null);
    public bool CriterionRow { get; set; }
}
