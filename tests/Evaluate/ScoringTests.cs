using Analytics.Pipeline.Evaluate;

namespace Analytics.Tests.Evaluate;

public class ScoringTests
{
    private static Fact F(string unit, decimal? value, int? rank = null, int? of = null, int? change = null, int year = 2023, string type = "obs") =>
        new(type, 1, unit, "province", unit == "Cả nước" ? null : unit.Contains("huyện") ? "Gia Lai" : unit, year, "SIPAS", "overall", value, rank, of, change);

    private static Emitted E(Fact f) => new(f, "");

    // facts, emitted, found, false
    public static TheoryData<string, Fact[], Fact[], int, int> Cases => new()
    {
        { "exact", [F("Gia Lai", 83.84m, 19)], [F("Gia Lai", 83.84m, 19)], 1, 0 },
        { "headline rank and body level together state the fact", [F("Gia Lai", 83.84m, 19)], [F("Gia Lai", null, 19), F("Gia Lai", 83.84m)], 1, 0 },
        { "a level alone agrees but does not find a fact that has a rank", [F("Gia Lai", 83.84m, 19)], [F("Gia Lai", 83.84m)], 0, 0 },
        { "wrong year is false and a miss", [F("Gia Lai", 83.84m)], [F("Gia Lai", 83.84m, year: 2024)], 0, 1 },
        { "a total the text does not state is false", [F("Gia Lai", null, 19)], [F("Gia Lai", null, 19, 63)], 0, 1 },
        { "stored at two decimals: 91,651 is 91,65", [F("Thanh Hóa", 91.651m)], [F("Thanh Hóa", 91.65m)], 1, 0 },
        { "UBND is dropped from names", [F("UBND huyện Krông Pa", 90m)], [F("huyện Krông Pa", 90m)], 1, 0 },
        { "the same figure twice counts once", [F("Gia Lai", 83.84m)], [F("Gia Lai", 83.84m), F("Gia Lai", 83.84m)], 1, 0 },
        { "a target is not an observation", [F("Gia Lai", 90m, type: "target")], [F("Gia Lai", 90m)], 0, 1 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Score_CountsFoundAndFalse(string why, Fact[] facts, Fact[] emitted, int found, int wrong)
    {
        var score = Scoring.Score("x.txt", facts, emitted.Select(E).ToList(), null);
        Assert.True((found, wrong) == (score.Found("obs") + score.Found("target"), score.False.Count), why);
    }

    [Fact]
    public void Print_LastLine_IsTheContract()
    {
        var score = Scoring.Score("x.txt", [F("Gia Lai", 83.84m), F("Cả nước", 82.66m)], [E(F("Gia Lai", 83.84m)), E(F("Gia Lai", 80m))], null);
        var output = new StringWriter();
        EvalReport.Print(output, [score]);
        var last = output.ToString().TrimEnd().Split('\n')[^1];
        Assert.Equal("eval: recall 50.0% precision 50.0% (1 of 2 facts found, 1 false of 2 emitted)", last);
    }
}
