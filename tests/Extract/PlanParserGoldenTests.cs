using Analytics.Pipeline.Extract.Plan;


namespace Analytics.Tests.Extract;

/// <summary>
/// Each seed's extraction against its checked-in expected JSON (tests/Fixtures/seeds/&lt;seed&gt;.expected.json, every
/// value checked by hand against the seed). On a mismatch the actual result is written next to it as
/// &lt;seed&gt;.received.json, and the test fails naming that file. Run under vi-VN and en-US.
/// </summary>
public class PlanParserGoldenTests
{
    public static TheoryData<string, string> Seeds()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal))
            foreach (var culture in new[] { "vi-VN", "en-US" })
                data.Add(Path.GetFileNameWithoutExtension(file), culture);
        return data;
    }

    [Theory, MemberData(nameof(Seeds))]
    public void Parse_Seed_MatchesGolden(string seed, string culture)
    {
        var actual = Cultures.Under(culture, () => ExtractionJson.Write(
            PlanParser.Parse(seed + ".txt", File.ReadAllLines(Path.Combine(RepoPaths.Seeds, seed + ".txt")))));
        var expectedPath = Path.Combine(RepoPaths.Fixtures("seeds"), seed + ".expected.json");
        var receivedPath = Path.Combine(RepoPaths.Fixtures("seeds"), seed + ".received.json");
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }
        File.WriteAllText(receivedPath, actual);
        Assert.Fail($"{seed} ({culture}): extraction differs from {expectedPath}; actual written to {receivedPath}");
    }
}
