using Analytics.Pipeline.Export.Charts;
using Analytics.Pipeline.Model;

namespace Analytics.Tests.Model;

public class VnFormatTests
{
    public static TheoryData<decimal, string> Percentages => new()
    {
        { 85.67m, "85,67%" }, { 88.4m, "88,4%" }, { 88.40m, "88,4%" }, { 90m, "90%" }, { 99.999m, "100%" }, { 0m, "0%" },
    };

    [Theory, MemberData(nameof(Percentages))]
    public void Pct_Value_WrittenTheVietnameseWay(decimal value, string expected) => Assert.Equal(expected, VnFormat.Pct(value));

    public static TheoryData<decimal, string> Changes => new()
    {
        { 1.47m, "+1,47" }, { -4.33m, "−4,33" }, { 0m, "0" }, { 1234.5m, "+1.234,5" },
    };

    [Theory, MemberData(nameof(Changes))]
    public void Signed_Change_HasSignAndComma(decimal value, string expected) => Assert.Equal(expected, VnFormat.Points(value));

    [Fact]
    public void Rank_WithField_IsSlashed() => Assert.Equal("7/18", VnFormat.Rank(7, 18));

    public static TheoryData<string, string> Cleaning => new()
    {
        { "  Sở \t Công\r\nThương ", "Sở Công Thương" },
        { "Ti\u0065\u0302\u0301p c\u0061\u0323\u0302n", "Tiếp cận" },          // decomposed → NFC
        { "a\u0000b\u001Fc\u200Bd\u202Ee\u2066f", "abcdef" },                    // controls, zero-width, bidi
        { "𝐒ở", "𝐒ở" },                                                           // a valid pair stays
    };

    [Theory, MemberData(nameof(Cleaning))]
    public void Clean_Text_SafeAndNfc(string input, string expected) => Assert.Equal(expected, DisplayText.Clean(input));

    [Fact] // not in the table: theory data would turn lone surrogates into U+FFFD on the way
    public void Clean_LoneSurrogates_Removed() => Assert.Equal("xyz", DisplayText.Clean("x\uD800y\uDC00z"));
}

public class VnFormatMovementTests
{
    public static TheoryData<int?, string> Movements => new() { { -4, "giảm 4 bậc" }, { 2, "tăng 2 bậc" }, { 0, "giữ nguyên" }, { null, "—" } };

    [Theory, MemberData(nameof(Movements))]
    public void Movement_Places_InWords(int? places, string expected) => Assert.Equal(expected, VnFormat.Movement(places));
}
