using Analytics.Dashboard.Templates;
using Analytics.Pipeline.Extract.Results;

namespace Analytics.Tests.Dashboard;

/// <summary>The XLSX template of a Home Affairs results table reads back through the results reader once filled in.</summary>
public sealed class ResultsTemplateTests
{
    [Fact]
    public void Write_FilledIn_ReadsBackAsTheFiguresOfTheProvinceAndYear()
    {
        var bytes = ResultsTemplate.Write("Khánh Hòa", 2024, "SIPAS",
        [
            new("Sở Công Thương", [85.67m, 88.57m, 89.78m, 90.61m, 87.39m, 88.40m], 7),
            new("Sở Tư pháp", [95m, 94m, 93m, 92m, 91m, 93m], 1, "Tạm tính"),
            new(ResultsTemplate.BlockAverage, [null, null, null, null, null, 89.08m]),
        ]);
        var e = ResultsReader.ReadXlsx("mau.xlsx", new MemoryStream(bytes));
        Assert.DoesNotContain(e.Findings, f => f.Severity == "error");
        var sct = e.Observations.Where(o => o.Unit == "Sở Công Thương").ToList();
        Assert.All(e.Observations, o => Assert.Equal(("Khánh Hòa", 2024, "SIPAS"), (o.Province!, o.Year, o.IndexCode)));
        Assert.Equal(85.67m, sct.Single(o => o.Criterion == "access").ValuePct);
        Assert.Equal(87.39m, sct.Single(o => o.Criterion == "feedback").ValuePct);
        var overall = sct.Single(o => o.Criterion == "overall");
        Assert.Equal((88.40m, 7), (overall.ValuePct!.Value, overall.Rank!.Value));
        Assert.Equal(89.08m, e.Observations.Single(o => o.UnitKind == "department_average" && o.Criterion == "overall").ValuePct);
        Assert.Equal(["Tạm tính"], e.Observations.Select(o => o.Source.Note).Distinct().OfType<string>());
        Assert.All(e.Observations.Where(o => o.Unit == "Sở Tư pháp"), o => Assert.Equal("Tạm tính", o.Source.Note));
    }

    [Fact]
    public void Write_Empty_HasTitleHeaderAndEveryUnitButNoFigure()
    {
        var bytes = ResultsTemplate.Write("Gia Lai", 2023, "PAR_INDEX", [new("Sở Công Thương"), new("Sở Tư pháp")]);
        var e = ResultsReader.ReadXlsx("mau.xlsx", new MemoryStream(bytes));
        Assert.Empty(e.Observations);
        Assert.Equal("mau-bang-ket-qua-par-index-2023-gia-lai.xlsx", ResultsTemplate.FileName("Gia Lai", 2023, "PAR_INDEX"));
        Assert.StartsWith("KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX) NĂM 2023", ResultsTemplate.Title("Gia Lai", 2023, "PAR_INDEX"));
    }
}
