using System.Text;
using Analytics.Fuzz;

namespace Analytics.Tests.Fuzz;

/// <summary>The legacy encodings the fuzzer writes, checked against the bytes old Vietnamese files really carry.</summary>
public class LegacyEncodingsTests
{
    // TCVN3 bytes shown as Latin-1, the way a UTF-8 reader of an old .VnTime file sees them.
    public static TheoryData<string, string> Tcvn3 => new()
    {
        { "Cộng hoà xã hội chủ nghĩa Việt Nam", "Céng hoµ x· héi chñ nghÜa ViÖt Nam" },
        { "Độc lập - Tự do - Hạnh phúc", "§éc lËp - Tù do - H¹nh phóc" },
        { "Sở Công Thương đạt 88,4%", "Së C«ng Th\u00AD\u00ACng ®¹t 88,4%" },
    };

    [Theory, MemberData(nameof(Tcvn3))]
    public void ToTcvn3_KnownText_KnownBytes(string text, string latin1)
    {
        Assert.Equal(latin1, Encoding.Latin1.GetString(LegacyEncodings.ToTcvn3(text)));
    }

    [Fact]
    public void ToWindows1258_ToneMarkIsCombiningByteAfterItsLetter()
    {
        // ệ = ê (0xEA) + dot below (0xF2); ố = ô (0xF4) + acute (0xEC); ư (0xFD), đ (0xF0) are single bytes.
        Assert.Equal(new byte[] { 0x56, 0x69, 0xEA, 0xF2, 0x74 }, LegacyEncodings.ToWindows1258("Việt"));
        Assert.Equal(new byte[] { 0x73, 0xF4, 0xEC }, LegacyEncodings.ToWindows1258("số"));
        Assert.Equal(new byte[] { 0xF0, 0x61, 0xF2, 0x74 }, LegacyEncodings.ToWindows1258("đạt"));
        Assert.Equal(new byte[] { 0x54, 0x68, 0xFD, 0xF5, 0x6E, 0x67 }, LegacyEncodings.ToWindows1258("Thương"));
    }
}
