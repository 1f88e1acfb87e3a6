using System.Globalization;
using Analytics.Pipeline.Extract.Statements;

namespace Analytics.Tests.Extract;

public class VnNumberTests
{
    public static TheoryData<string, decimal> Numbers => new()
    {
        { "88,4", 88.4m },
        { "88,4%", 88.4m },
        { "1,47 %", 1.47m },
        { "1.234,5", 1234.5m },
        { "1.234", 1234m },
        { "1.234.567", 1234567m },
        { "85.67", 85.67m },
        { "1,234.5", 1234.5m },
        { "07", 7m },
        { "02%", 2m },
        { "0,5", 0.5m },
        { "-4", -4m },
    };

    public static TheoryData<string> NotNumbers => new() { "", "abc", "1,2,3", "12,", ",5", "1.23.4", "8 8" };

    [Theory, MemberData(nameof(Numbers))]
    public void TryParse_VietnameseNumber_GivesValue(string text, decimal expected)
    {
        Cultures.EachUnder(() =>
        {
            Assert.True(VnNumber.TryParse(text, out var value), $"{text} under {CultureInfo.CurrentCulture.Name}");
            Assert.Equal(expected, value);
        });
    }

    [Theory, MemberData(nameof(NotNumbers))]
    public void TryParse_NotANumber_False(string text) => Assert.False(VnNumber.TryParse(text, out _));
}
