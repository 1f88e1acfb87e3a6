using Analytics.Pipeline.Extract.Decode;
using static Analytics.Tests.Extract.Decode.DecodedFixtures;

namespace Analytics.Tests.Extract.Decode;

/// <summary>
/// A PDF made from a text, a .doc and a web page read to the same figures as the text itself, each figure with the
/// page it stands on; text-layer PDFs are never marked as OCR.
/// </summary>
public class PdfFixturesTests
{
    public static TheoryData<string, string> SameAsText => new()
    {
        { Pdf + "b01-thanhhoa-par-sobannganh-2023.pdf", Dev + "b01-thanhhoa-par-sobannganh-2023.txt" },
        { Pdf + "d08-gialai-sipas-par-2022.pdf", Dev + "d08-gialai-sipas-par-2022.txt" },
        { Pdf + "002_cafea9ff515821b6.pdf", "seeds/002_cafea9ff515821b6.txt" },
        { Pdf + "004_eff36063a9686b3b.pdf", "seeds/004_eff36063a9686b3b.txt" },
        { Pdf + "d04-angiang-par-sipas-2019.doc", Dev + "d04-angiang-par-sipas-2019.txt" },
        { Pdf + "b01-thanhhoa-par-sobannganh-2023-web.html", Dev + "b01-thanhhoa-par-sobannganh-2023.txt" },
    };

    [Theory, MemberData(nameof(SameAsText))]
    public void Read_MadeFromAText_SameFiguresAsTheText(string file, string text)
    {
        var (decoded, plain) = (Read(file), Read(text));
        Assert.False(decoded.Failed, string.Join("; ", decoded.Findings));
        Assert.NotEmpty(plain.Observations.Concat<object>(plain.Targets));
        Assert.Equal(Figures(plain), Figures(decoded));
        Assert.All(Sources(decoded), s => Assert.Null(s.OcrConfidence));
        Assert.All(Sources(decoded), s => Assert.Equal(file.EndsWith(".pdf", StringComparison.Ordinal), s.Page is not null));
    }

    [Fact]
    public void Read_FifteenPagePdf_EachFigureAndTargetOnItsPage()
    {
        var x = Read(Pdf + "004_eff36063a9686b3b.pdf");
        Assert.Equal(
            [("policy_accountability", 10), ("policy_participation", 10), ("access", 11), ("procedures", 11),
             ("civil_servants", 12), ("results", 13), ("feedback", 14)],
            x.Observations.Select(o => (o.Criterion, o.Source.Page ?? 0)));
        Assert.Equal(x.Observations.Select(o => o.Source.Page), x.Targets.Select(t => t.Source.Page));
        Assert.All(x.Tasks, t => Assert.InRange(t.Source.Page ?? 0, 1, 15));
    }

    [Fact]
    public void Read_TwoPagePdf_FiguresOnPageOne()
    {
        var x = Read(Pdf + "002_cafea9ff515821b6.pdf");
        Assert.All(Sources(x), s => Assert.Equal(1, s.Page));
        Assert.Empty(x.Findings);
    }

    [Fact]
    public void Read_TextLayerPdf_NoOcrNote()
    {
        var x = Read(Pdf + "b01-thanhhoa-par-sobannganh-2023.pdf");
        Assert.DoesNotContain(x.Findings, f => f.Message.Contains("OCR", StringComparison.Ordinal));
        Assert.Equal("pdf", x.Document.Format);
    }

    [Fact]
    public void FactsFiles_IdenticalToTheirSourceTexts()
    {
        var dir = Path.Combine(RepoPaths.Root, Pdf);
        foreach (var facts in Directory.GetFiles(dir, "*.facts.tsv"))
        {
            var id = Path.GetFileName(facts).Replace("-scan.", ".").Replace("-page.", ".").Replace("-web.", ".");
            Assert.True(File.ReadAllText(Path.Combine(RepoPaths.Root, Dev, id)) == File.ReadAllText(facts),
                $"{Path.GetFileName(facts)} differs from {Dev}{id}: copy it again (make.sh in {Pdf} copies every facts file)");
        }
    }
}
