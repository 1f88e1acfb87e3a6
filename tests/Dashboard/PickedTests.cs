using Analytics.Dashboard.Components.Shared;

namespace Analytics.Tests.Dashboard;

/// <summary>The choice a URL makes for the side-by-side view: kept in order, each once, at most six, the rest said.</summary>
public sealed class PickedTests
{
    private static readonly string[] Available = ["A", "B", "C", "D", "E", "F", "G"];

    public static TheoryData<string[], string[], string[]> Cases => new()
    {
        { [], [], [] },
        { ["B", "A"], ["B", "A"], [] },
        { ["A", " A ", "", "B"], ["A", "B"], [] },
        { ["A", "Sở Y tế", "B"], ["A", "B"], ["Chưa có số liệu SIPAS năm 2025 của: Sở Y tế."] },
        { ["A", "B", "C", "D", "E", "F", "G"], ["A", "B", "C", "D", "E", "F"], ["Chỉ so sánh tối đa 6 sở; chưa đưa vào: G."] },
    };

    [Theory, MemberData(nameof(Cases))]
    public void Resolve_KeepsKnownInOrder_SaysWhatIsLeftOut(string[] wanted, string[] chosen, string[] notes)
    {
        var picked = Picked.Resolve(wanted, Available, "sở", "SIPAS năm 2025");
        Assert.Equal(chosen, picked.Chosen);
        Assert.Equal(notes, picked.Notes);
        Assert.Equal(chosen.Length >= 2, picked.Ready);
    }
}
