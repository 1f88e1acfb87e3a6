using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Analytics.Pipeline.Export.Charts;

namespace Analytics.Tests.Export;

/// <summary>The SVG ScottPlot draws for each chart kind, read back: accessible root, texts (Vietnamese numbers, wrapped
/// labels, footnote), Okabe–Ito colours, hatched missing values, hollow derived figures, no 90% line for PAR INDEX.</summary>
public class ChartSvgTests
{
    private static readonly XNamespace Svg = SvgText.Ns;

    public static TheoryData<string> Names => new(Samples.All.Select(s => s.Name));

    private static ChartSpec Sample(string name) => Samples.All.Single(s => s.Name == name).Chart;

    private static XDocument Render(ChartSpec chart) => SvgText.Parse(ChartSvg.Render(chart));

    [Theory, MemberData(nameof(Names))]
    public void Render_Sample_IsAccessibleSvgWithHeaderAndFooter(string name)
    {
        var chart = Sample(name);
        var doc = Render(chart);
        var root = doc.Root!;
        Assert.Equal(Svg + "svg", root.Name);
        Assert.Equal(("img", "vi", "DejaVu Sans"), (root.Attribute("role")?.Value, root.Attribute("lang")?.Value, root.Attribute("font-family")?.Value));
        Assert.Equal(chart.Header.Title + " — " + chart.Header.Subtitle, root.Elements().First().Value);
        Assert.Equal(Svg + "desc", root.Elements().ElementAt(1).Name);
        var texts = SvgText.Texts(doc).ToList();
        Assert.Contains(chart.Header.Title, texts);
        Assert.Contains(chart.Header.Subtitle, texts);
        Assert.Contains(texts, t => t.StartsWith("Nguồn: " + chart.Header.Sources[0]) && t.Contains("Ngày lập: 25/03/2025"));
        Assert.All(texts, t => Assert.True(t.IsNormalized(NormalizationForm.FormC), t));
        Assert.DoesNotContain(texts, t => t.Contains('…'));
    }

    [Theory, MemberData(nameof(Names))]
    public void Render_Sample_NoTwoLabelsOverlap(string name)
    {
        var overlaps = SvgText.Overlapping(Render(Sample(name)));
        Assert.True(overlaps.Count == 0, string.Join("\n", overlaps.Select(o => $"'{o.A.Text}' × '{o.B.Text}'")));
    }

    [Theory, MemberData(nameof(Names))]
    public void Render_Sample_EveryTextInsideTheFigure(string name)
    {
        var doc = Render(Sample(name));
        var (width, height) = SvgText.Size(doc);
        var outside = SvgText.Boxes(doc).Where(b => b.Left < 0 || b.Right > width || b.Top < 0 || b.Bottom > height).ToList();
        Assert.True(outside.Count == 0, string.Join("\n", outside));
    }

    [Fact]
    public void Render_CriterionDots_ValuesWithSignedGapTargetAndThreshold()
    {
        var doc = Render(Samples.Bars);
        var texts = SvgText.Texts(doc).ToList();
        foreach (var expected in new[] { "88,4% (−1,6)", "85,67% (−4,33)", "90,61% (+0,61)", "Tiếp cận dịch vụ", "mục tiêu 87%",
                     "Ngưỡng 90%", "Mức độ hài lòng", "90%", "không có số liệu" })
            Assert.Contains(expected, texts);
        Assert.Contains("Tiếp cận dịch vụ: 85,67% · −4,33 điểm so với 90%", doc.Root!.Element(Svg + "desc")!.Value);
        Assert.Equal(6, doc.Descendants(Svg + "ellipse").Count(e => e.Attribute("fill")?.Value == "#0072B2") - 1); // 6 values + the legend's
        Assert.DoesNotContain("0%", texts); // the missing criterion is no zero
    }

    [Fact]
    public void Render_ParIndex_NoNinetyLineNoSatisfactionLegend()
    {
        var par = Samples.Bars with { Header = Samples.Bars.Header with { IndexCode = "PAR_INDEX", Title = "Chỉ số cải cách hành chính theo tiêu chí" } };
        var texts = SvgText.Texts(Render(par)).ToList();
        Assert.DoesNotContain("Ngưỡng 90%", texts);
        Assert.DoesNotContain("Mức độ hài lòng", texts);
        Assert.Contains("Điểm chỉ số", texts);
        Assert.Contains("85,67%", texts); // no gap to a target PAR INDEX does not have
        Assert.DoesNotContain(texts, t => t.Contains("(−"));
        var sipas = SvgText.Texts(Render(Samples.Trend)).ToList();
        Assert.Contains("Ngưỡng 90%", sipas);
        Assert.DoesNotContain("Ngưỡng 90%", SvgText.Texts(Render(Samples.Trend with { Header = Samples.Trend.Header with { IndexCode = "PAR_INDEX" } })));
    }

    [Fact]
    public void Render_UnderEnglishCulture_StillWritesVietnameseNumbers()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-US");
            Assert.Contains("85,67% (−4,33)", SvgText.Texts(Render(Samples.Bars)));
        }
        finally { CultureInfo.CurrentCulture = saved; }
    }

    public static TheoryData<string, int> MissingLabels => new() { { "criterion-bars", 1 }, { "grouped-bars", 3 }, { "heatmap", 9 } };

    [Theory, MemberData(nameof(MissingLabels))]
    public void Render_MissingValues_HatchedAndLabelledNeverZero(string name, int missing)
    {
        var doc = Render(Sample(name));
        Assert.Equal(missing + 1, SvgText.Texts(doc).Count(t => t == PlotFrame.MissingText)); // each, and the legend
        var hatch = doc.Descendants(Svg + "path").Count(p => p.Attribute("stroke")?.Value.Equals(Palette.MissingInk, StringComparison.OrdinalIgnoreCase) == true
            && p.Attribute("d")!.Value.Count(c => c == 'M') >= 2);
        Assert.Equal(missing + 1, hatch); // a hatch of lines per missing value, and the legend's swatch
        Assert.DoesNotContain("0%", SvgText.Texts(doc));
    }

    [Fact]
    public void Render_Trend_MissingYearBreaksTheLineInOkabeItoColours()
    {
        var doc = Render(Samples.Trend);
        var blue = doc.Descendants(Svg + "path").Count(p => p.Attribute("stroke")?.Value == "#0072B2");
        Assert.Equal(2 + 1, blue); // 2019–2020 and 2022–2023, nothing through 2021; and the legend's line
        Assert.Equal(4 + 1, doc.Descendants(Svg + "ellipse").Count(e => e.Attribute("fill")?.Value == "#0072B2"));
        Assert.Contains("Quảng Ninh 90,61% (2023)", SvgText.Texts(doc));
        Assert.Superset(new HashSet<string> { "#0072B2", "#E69F00", "#009E73", "#CC79A7" }, SvgText.Fills(doc));
    }

    [Fact]
    public void Render_Ranks_RankOneOnTopAndLabelsAtBothEnds()
    {
        var boxes = SvgText.Boxes(Render(Samples.Ranks));
        var start = boxes.Single(b => b.Text == "Tiếp cận dịch vụ 5");
        var end = boxes.Single(b => b.Text == "9 Tiếp cận dịch vụ");
        Assert.True(start.Top < end.Top, "rank 5 (2023) is drawn above rank 9 (2024)");
        Assert.True(start.Right < end.Left);
    }

    [Fact]
    public void Render_LongUnitName_WrappedNeverCut()
    {
        var name = "Ban Quản lý các khu công nghiệp, khu kinh tế và khu chế xuất tỉnh Khánh Hòa (cơ quan thử nghiệm tên rất dài)";
        var chart = Samples.Ranks with { Lines = [new RankLine(name, [3, 4]), new RankLine("Sở Tư pháp", [4, 3])] };
        var doc = Render(chart);
        var texts = SvgText.Texts(doc).ToList();
        Assert.DoesNotContain(texts, t => t.Contains('…'));
        var words = string.Join(' ', texts).Split(' ');
        Assert.All(name.Split(' '), w => Assert.Contains(w, words));
        Assert.Empty(SvgText.Overlapping(doc));
    }

    [Fact]
    public void Render_HostileText_IsInertText()
    {
        const string hostile = "<script>alert('x')</script> & \"Sở\u202E lạ\u0007\" <![CDATA[ ]]>";
        var header = Samples.Bars.Header with { Title = hostile, Sources = ["a&b<c>.docx"] };
        var svg = ChartSvg.Render(Samples.Bars with { Header = header, Bars = [new CriterionBar(hostile, 80m, null)] });
        var doc = SvgText.Parse(svg);
        Assert.DoesNotContain(doc.Descendants(), e => e.Name.LocalName is "script" or "foreignObject");
        Assert.False(svg.Contains('\u202E'), "bidi override removed"); // char overload: ordinal
        Assert.Contains("<script>alert('x')</script> & \"Sở lạ\" <![CDATA[ ]]>", doc.Root!.Element(Svg + "title")!.Value);
        Assert.Contains(SvgText.Texts(doc), t => t.Contains("Nguồn: a&b<c>.docx"));
    }

    [Fact]
    public void Render_DecomposedInput_WrittenAsNfc()
    {
        var decomposed = "Tiếp cận dịch vụ".Normalize(NormalizationForm.FormD);
        Assert.Contains("Tiếp cận dịch vụ", SvgText.Texts(Render(Samples.Bars with { Bars = [new CriterionBar(decomposed, 85.67m, null)] })));
    }

    [Fact]
    public void Overlapping_TwoLabelsOnOnePlace_Found() => Assert.Single(SvgText.Overlapping(SvgText.Parse(
        "<svg xmlns='http://www.w3.org/2000/svg'><text transform='translate(10 20)' font-size='12' x='0, 7, 14' y='0, '>Sở Tư pháp</text>" +
        "<text transform='translate(30 24)' font-size='12' x='0, 7' y='0, '>Sở Y tế</text>" +
        "<text transform='translate(10 60)' font-size='12' x='0, 7' y='0, '>Sở Y tế</text></svg>")));

    [Fact]
    public void Render_SameSpec_SameSvg() => Assert.Equal(ChartSvg.Render(Samples.Heatmap), ChartSvg.Render(Samples.Heatmap));
}
