using Analytics.Pipeline.Model;
using Analytics.Pipeline.Read;
using ScottPlot;
namespace Analytics.Pipeline.Export.Charts;

/// <summary>
/// How a chart marks a figure that is doubtful besides being derived: documents disagree (≠), its line was read by OCR
/// with a low confidence (?), its source remarks on it (~), as <see cref="Doubts.Marks"/> gives them. The marks are the
/// tables' own, written after the value or beside the point, and each one a chart shows is explained in its legend and
/// its description, so a printed chart warns as much as the page.
/// </summary>
public static class Doubtful
{
    /// <summary>The marks of figure <paramref name="i"/> of a series; no list: none has any.</summary>
    public static string? At(IReadOnlyList<string?>? marks, int i) =>
        marks is not null && i < marks.Count && !string.IsNullOrEmpty(marks[i]) ? marks[i] : null;

    /// <summary>" ≠~" after a value's text; "" without marks.</summary>
    internal static string After(string? marks) => marks is null ? "" : " " + marks;

    /// <summary>" (các văn bản nêu số khác nhau; …)" after a figure in a chart's description; "" without marks.</summary>
    internal static string Describe(string? marks) => marks is null ? ""
        : " (" + string.Join("; ", Doubts.MeaningsOf(marks).Select(m => char.ToLower(m.Meaning[0], VnFormat.Culture) + m.Meaning[1..])) + ")";

    /// <summary>A legend line for each mark the chart shows ("≠ Các văn bản nêu số khác nhau").</summary>
    internal static IEnumerable<LegendItem> Entries(IEnumerable<string?> shown) =>
        Doubts.MeaningsOf(string.Concat(shown)).Select(m => new LegendItem { LabelText = m.Mark + " " + m.Meaning });

    /// <summary>The marks written beside a point of a line (no value is written there).</summary>
    internal static void Beside(Plot plot, string? marks, double x, double y)
    {
        if (marks is null) return;
        PlotFrame.Text(plot, marks, x, y, PlotFrame.SmallSize, Alignment.LowerLeft, bold: true, dx: 5, dy: -5)
            .LabelBackgroundColor = Colors.White;
    }
}
