using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Analytics.Pipeline.Export.Charts;

namespace Analytics.Tests.Export;

public class ChartSvgTests
{
    private static readonly XNamespace Svg = SvgText.Ns;

    public static TheoryData<string> Names => new(Samples.All.Select(s => s.Name));

    private static ChartSpec Sample(string name) => Samples.All.Single(s => s.Name == name).Chart;

    [Theory, MemberData(nameof(Names))]
    public void Render_Sample_IsAccessibleSvgWithHeaderAndFooter(string name)
    {
        var chart = Sample(name);
        var doc = SvgText.Parse(ChartSvg.Render(chart));
        var root = doc.Root!;
        Assert.Equal(Svg + "svg", root.Name);
        Assert.Equal("img", root.Attribute("role")?.Value);
        Assert.Equal("DejaVu Sans", root.Attribute("font-family")?.Value);
        Assert.StartsWith(chart.Header.Title, root.Element(Svg + "title")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(root.Element(Svg + "desc")?.Value));
        var texts = SvgText.Texts(doc).ToList();
        Assert.Contains(chart.Header.Title, texts);
        Assert.Contains(chart.Header.Subtitle, texts);
        Assert.Contains(texts, t => t.StartsWith("Nguồn: " + chart.Header.Sources[0]) && t.Contains("Ngày lập: 25/03/2025"));
        Assert.All(texts, t => Assert.True(t.IsNormalized(NormalizationForm.FormC), t));
    }

    [Theory, MemberData(nameof(Names))]
    public void Render_Sample_NoTwoLabelsOverlap(string name)
    {
        var overlaps = SvgText.Overlapping(SvgText.Parse(ChartSvg.Render(Sample(name))));
        Assert.True(overlaps.Count == 0, string.Join("\n", overlaps.Select(o => $"'{o.A.Text}' × '{o.B.Text}'")));
    }

    [Fact]
    public void Render_CriterionBars_HoldsValuesLabelsTargetAndThreshold()
    {
        var doc = SvgText.Parse(ChartSvg.Render(Samples.Bars));
        var texts = SvgText.Texts(doc).ToList();
        foreach (var expected in new[] { "85,67%", "88,4%", "90,61%", "87,39%", "Tiếp cận dịch vụ", "Điều kiện đón tiếp", "mục tiêu 87%", "90%", "Ngưỡng 90%" })
            Assert.Contains(expected, texts);
        Assert.Contains("Tiếp cận dịch vụ: 85,67% · thiếu 4,33 điểm so với 90%", doc.Descendants(Svg + "title").Select(t => t.Value));
    }

    [Fact]
    public void Render_UnderEnglishCulture_StillWritesVietnameseNumbers()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-US");
            Assert.Contains("85,67%", SvgText.Texts(SvgText.Parse(ChartSvg.Render(Samples.Bars))));
        }
        finally { CultureInfo.CurrentCulture = saved; }
    }

    public static TheoryData<string, int> MissingCounts => new()
    {
        { "criterion-bars", 1 }, { "grouped-bars", 3 }, { "heatmap", 9 }, { "small-multiples", 31 },
    };

    [Theory, MemberData(nameof(MissingCounts))]
    public void Render_MissingValues_DrawnAsMissingNeverAsBars(string name, int missing)
    {
        var doc = SvgText.Parse(ChartSvg.Render(Sample(name)));
        var marks = doc.Descendants(Svg + "g").Where(g => (g.Attribute("class")?.Value ?? "").EndsWith(" missing")).ToList();
        Assert.Equal(missing, marks.Count);
        Assert.All(marks, g =>
        {
            Assert.Null(g.Attribute("data-value"));
            Assert.All(g.Descendants(Svg + "rect"), r => Assert.Equal("url(#missing)", r.Attribute("fill")?.Value));
            Assert.Contains(ChartFrameText.Missing, g.Descendants(Svg + "title").Single().Value);
        });
        Assert.DoesNotContain(doc.Descendants(Svg + "g"), g => g.Attribute("data-value")?.Value == "0");
    }

    [Fact]
    public void Render_Trend_MissingYearBreaksTheLine()
    {
        var doc = SvgText.Parse(ChartSvg.Render(Samples.Trend));
        var quangNinh = doc.Descendants(Svg + "g").Single(g => g.Attribute("data-name")?.Value == "Quảng Ninh");
        Assert.Equal(4, quangNinh.Elements(Svg + "g").Count(g => g.Attribute("class")?.Value == "point"));
        Assert.Equal(2, quangNinh.Elements(Svg + "polyline").Count()); // 2019–2020 and 2022–2023, nothing through 2021
        Assert.Contains("90,61% (2023)", SvgText.Texts(doc));
    }

    [Fact]
    public void Render_Ranks_RankOneOnTopAndLabelsAtBothEnds()
    {
        var doc = SvgText.Parse(ChartSvg.Render(Samples.Ranks));
        var texts = SvgText.Texts(doc).ToList();
        Assert.Contains("Tiếp cận dịch vụ 5", texts);
        Assert.Contains("9 Tiếp cận dịch vụ", texts);
        var line = doc.Descendants(Svg + "g").Single(g => g.Attribute("data-name")?.Value == "Tiếp cận dịch vụ");
        var ys = line.Element(Svg + "polyline")!.Attribute("points")!.Value.Split(' ')
            .Select(p => double.Parse(p.Split(',')[1], CultureInfo.InvariantCulture)).ToList();
        Assert.True(ys[0] < ys[1], "rank 5 (2023) is drawn above rank 9 (2024)");
    }

    [Fact]
    public void Render_LongUnitName_CutWithFullNameInTooltip()
    {
        var name = "Ban Quản lý các khu công nghiệp, khu kinh tế và khu chế xuất tỉnh Khánh Hòa (cơ quan thử nghiệm tên rất dài)";
        var chart = Samples.Ranks with { Lines = [new RankLine(name, [3, 4]), new RankLine("Sở Tư pháp", [4, 3])] };
        var doc = SvgText.Parse(ChartSvg.Render(chart));
        Assert.Contains(doc.Descendants(Svg + "text"), t => t.Value.EndsWith("… 3"));
        Assert.Contains(name, doc.Descendants(Svg + "title").Select(t => t.Value));
        Assert.Contains(name.Split(' ')[0], SvgText.Texts(doc).First(t => t.StartsWith("Ban Quản lý")));
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
        Assert.Contains("<script>alert('x')</script> & \"Sở lạ\" <![CDATA[ ]]>", SvgText.Texts(doc));
        Assert.Contains(SvgText.Texts(doc), t => t.Contains("Nguồn: a&b<c>.docx"));
    }

    [Fact]
    public void Render_DecomposedInput_WrittenAsNfc()
    {
        var decomposed = "Tiếp cận dịch vụ".Normalize(NormalizationForm.FormD);
        var doc = SvgText.Parse(ChartSvg.Render(Samples.Bars with { Bars = [new CriterionBar(decomposed, 85.67m, null)] }));
        Assert.Contains("Tiếp cận dịch vụ", SvgText.Texts(doc));
    }

    [Fact]
    public void Overlapping_TwoLabelsOnOnePlace_Found() => Assert.Single(SvgText.Overlapping(SvgText.Parse(
        "<svg xmlns='http://www.w3.org/2000/svg' font-size='12'><text x='10' y='20'>Sở Tư pháp</text>" +
        "<text x='40' y='24' text-anchor='middle'>Sở Y tế</text><text x='10' y='40'>Sở Y tế</text></svg>")));

    [Fact]
    public void Render_SameSpec_SameSvg() => Assert.Equal(ChartSvg.Render(Samples.Heatmap), ChartSvg.Render(Samples.Heatmap));
}

/// <summary>The words charts use for a missing figure.</summary>
internal static class ChartFrameText
{
    public const string Missing = "không có số liệu";
}
