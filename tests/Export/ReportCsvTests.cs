using Analytics.Pipeline.Export.Report;
using Analytics.Pipeline.Model;
using Analytics.Pipeline.Read;

namespace Analytics.Tests.Export;

/// <summary>Issue 14.6: `report --format csv` wrote texts that Excel runs as formulas.</summary>
public class ReportCsvTests
{
    private static Figure Row(string? sourceFile, decimal? change) =>
        new("Sở Công Thương", "department", "Khánh Hòa", "SIPAS", "access", 2024, 85.67m, 4.33m, null, 9, 18, -4, 2023, 87.14m, change,
            sourceFile is null ? null : new SourceRef(sourceFile, 12, "đạt 85,67%"))
        { PrevRank = 5, StatedMovement = -4, Agrees = true };

    public static TheoryData<string, string?, string> Formulas => new()
    {
        { "=HYPERLINK(\"http://x\")", "@SUM(A1).txt", "\"'=HYPERLINK(\"\"http://x\"\")\",'+Khánh Hòa,2024,SIPAS,access,85.67,-1.47,9,18,-4,4.33,,,,,,false,,'@SUM(A1).txt,12" },
        { "-Sở A", "+kế-hoạch.txt", "'-Sở A,'+Khánh Hòa,2024,SIPAS,access,85.67,-1.47,9,18,-4,4.33,,,,,,false,,'+kế-hoạch.txt,12" },
        { "Sở Công Thương", "kh.txt", "Sở Công Thương,'+Khánh Hòa,2024,SIPAS,access,85.67,-1.47,9,18,-4,4.33,,,,,,false,,kh.txt,12" },
    };

    [Theory, MemberData(nameof(Formulas))]
    public void Csv_TextCellsStartingAsFormulas_ArePrefixed_NumbersAreNot(string unit, string? file, string expected)
    {
        var csv = ReportWriter.Write(new UnitReport(unit, "+Khánh Hòa", 2024, [Row(file, -1.47m)], []), "csv");
        Assert.Equal(expected, csv.Split('\n')[1].TrimEnd('\r'));
    }
}
