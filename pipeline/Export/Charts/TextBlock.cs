using ScottPlot;
namespace Analytics.Pipeline.Export.Charts;

/// <summary>One line of a text block: already wrapped to the figure width.</summary>
internal sealed record TextLine(string Text, float Size, bool Bold, string Colour);

/// <summary>Lines of text across the whole figure width above or below the plot: the title block and the footnote.
/// Left-aligned at the figure's margin, so long Vietnamese text wraps instead of running off.</summary>
internal sealed class TextBlock : ScottPlot.Panels.PanelBase
{
    public const float LineHeight = 1.32f, Pad = 6;
    private readonly IReadOnlyList<TextLine> lines;

    public TextBlock(Edge edge, IReadOnlyList<TextLine> lines)
    {
        Edge = edge;
        this.lines = lines;
    }

    public float Height => lines.Sum(l => l.Size * LineHeight) + 2 * Pad;

    public override float Measure(Paint paint) => Height;

    public override void Render(RenderPack rp, float size, float offset)
    {
        var rect = GetPanelRect(rp.DataRect, size, offset, rp.Paint);
        var y = rect.Top + Pad;
        foreach (var line in lines)
        {
            var label = new LabelStyle
            {
                Text = line.Text, FontSize = line.Size, Bold = line.Bold, ForeColor = Palette.Hex(line.Colour),
                FontName = TextFit.Font, Alignment = Alignment.UpperLeft,
            };
            label.Render(rp.Canvas, new Pixel(rp.FigureRect.Left + (float)PlotFrame.Margin, y), rp.Paint);
            y += line.Size * LineHeight;
        }
    }
}
