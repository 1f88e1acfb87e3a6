using Analytics.Pipeline.Extract.Results;

namespace Analytics.Tests.Results;

public class NumbersTests
{
    public static TheoryData<string, bool, decimal?> Percentages => new()
    {
        { "85,67", true, 85.67m },
        { "85.67", true, 85.67m },
        { "85,67%", true, 85.67m },
        { " 85,67 % ", true, 85.67m },
        { "85\u00A0%", true, 85m },
        { "1.234,5", true, 1234.5m },
        { "1,234.5", true, 1234.5m },
        { "", true, null },
        { "-", true, null },
        { "8x", false, null },
        { "85,6,7", false, null },
    };

    [Theory, MemberData(nameof(Percentages))]
    public void TryPct_Text_GivesValue(string text, bool ok, decimal? value)
    {
        Assert.Equal(ok, Numbers.TryPct(text, out var v));
        Assert.Equal(value, v);
    }

    public static TheoryData<string, bool, int?, int?> Ranks => new()
    {
        { "7", true, 7, null },
        { "07", true, 7, null },
        { "7.0", true, 7, null },
        { "7/18", true, 7, 18 },
        { "7 / 18", true, 7, 18 },
        { "Thứ 7", true, 7, null },
        { "", true, null, null },
        { "0", false, 0, null },
        { "bảy", false, null, null },
    };

    [Theory, MemberData(nameof(Ranks))]
    public void TryRank_Text_GivesRank(string text, bool ok, int? rank, int? rankOf)
    {
        Assert.Equal(ok, Numbers.TryRank(text, out var r, out var of));
        Assert.Equal((rank, rankOf), (r, of));
    }
}
