using Analytics.Pipeline.Glossary;

namespace Analytics.Tests.Glossary;

/// <summary>Index display names come from the glossary (index_names.csv, results_headers.csv), the one place they are spelled.</summary>
public class IndicesTests
{
    public static TheoryData<string, string, string, string, string> Names => new()
    {
        // code, abbreviation, name, name (abbreviation), abbreviation (name)
        { "SIPAS", "SIPAS", "Chỉ số hài lòng", "Chỉ số hài lòng (SIPAS)", "SIPAS (Chỉ số hài lòng)" },
        { "PAR_INDEX", "PAR INDEX", "Chỉ số cải cách hành chính", "Chỉ số cải cách hành chính (PAR INDEX)", "PAR INDEX (Chỉ số cải cách hành chính)" },
        { "OTHER", "OTHER", "OTHER", "OTHER", "OTHER" },
    };

    [Theory, MemberData(nameof(Names))]
    public void Names_AreTheGlossarys(string code, string abbreviation, string name, string nameFirst, string abbreviationFirst)
    {
        Assert.Equal(abbreviation, Indices.Abbreviation(code));
        Assert.Equal(name, Indices.NameVi(code));
        Assert.Equal(nameFirst, Indices.NameThenAbbreviation(code));
        Assert.Equal(abbreviationFirst, Indices.AbbreviationThenName(code));
    }

    [Fact]
    public void Codes_AreTheIndicesTheReaderKnows() =>
        Assert.Equal(["SIPAS", "PAR_INDEX"], Indices.All.Select(i => i.Code));

    [Fact]
    public void ResultsColumns_AreReadBackAsTheirCriteria()
    {
        Assert.Equal(["access", "reception", "civil_servants", "results", "feedback"], Indices.ResultsColumns.Select(c => c.Key));
        foreach (var (key, header) in Indices.ResultsColumns) Assert.Equal(key, Criteria.Match(header));
    }
}
