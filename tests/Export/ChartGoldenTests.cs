using Analytics.Pipeline.Export.Charts;

namespace Analytics.Tests.Export;

/// <summary>
/// Rendered SVG compared with checked-in files in tests/Fixtures/charts (see its README). On a difference the new
/// SVG is written next to the golden as NAME.received.svg; look at it, and if it is right, move it over the golden.
/// </summary>
public class ChartGoldenTests
{
    public static TheoryData<string> Goldens => new() { "criterion-bars", "heatmap", "province-ranks" };

    [Theory, MemberData(nameof(Goldens))]
    public void Render_Sample_MatchesGolden(string name)
    {
        var svg = ChartSvg.Render(Samples.All.Single(s => s.Name == name).Chart);
        var golden = Path.Combine(RepoPaths.Fixtures("charts"), name + ".svg");
        var received = Path.Combine(RepoPaths.Fixtures("charts"), name + ".received.svg");
        if (File.Exists(golden) && File.ReadAllText(golden) == svg)
        {
            File.Delete(received);
            return;
        }
        File.WriteAllText(received, svg);
        Assert.Fail($"{name}: the SVG differs from {golden} (or it is missing); the new one is at {received}");
    }
}
