using System.Globalization;
using Analytics.Dashboard.Web;

namespace Analytics.Tests.Dashboard;

public sealed class ViTests
{
    public static TheoryData<string, string> Formats => new()
    {
        { Vi.Pct(85.67m), "85,67%" },
        { Vi.Pct(88.40m), "88,4%" },
        { Vi.Pct(90m), "90%" },
        { Vi.Pct(null), "—" },
        { Vi.Number(1234.5m), "1.234,5" },
        { Vi.Points(1.47m), "+1,47 điểm" },
        { Vi.Points(-4.33m), "−4,33 điểm" },
        { Vi.Points(0m), "không đổi" },
        { Vi.Rank(7, 18), "7/18" },
        { Vi.Rank(3, null), "3" },
        { Vi.Movement(-4), "giảm 4 bậc" },
        { Vi.Movement(5), "tăng 5 bậc" },
        { Vi.Movement(0), "giữ nguyên" },
        { Vi.Criterion("access"), "Tiếp cận dịch vụ" },
        { Vi.CriterionShort("reception"), "Đón tiếp" },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Format_UnderAnyThreadCulture_IsVietnamese(string actual, string expected)
    {
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Pct_ThreadCultureEnUs_StillWritesComma()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-US");
            Assert.Equal("85,67%", Vi.Pct(85.67m));
        }
        finally { CultureInfo.CurrentCulture = saved; }
    }
}
