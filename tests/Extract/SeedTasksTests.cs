using Analytics.Pipeline.Extract.Plan;
using Analytics.Pipeline.Extract.Statements;
using Analytics.Pipeline.Model;

namespace Analytics.Tests.Extract;

/// <summary>
/// The tasks of seed 001 (Sở Công Thương Khánh Hòa, PAR INDEX plan 2024) per section of its appendix table, counted by
/// hand in the seed text (section rows "| &lt;b&gt;I&lt;/b&gt; | &lt;b&gt;CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH&lt;/b&gt; |" …, task rows numbered 1, 2, … under
/// each; the table is split into 17 markdown tables with the header repeated, and rows continue across them). The plan
/// has no section IV. Sections naming a PAR INDEX component serve it; VIII serves SIPAS; IX (bonus points) and X (penalty
/// points) name no component and serve PAR INDEX as a whole.
/// </summary>
public class SeedTasksTests
{
    private const string Par001 = "001_ad5c23cb879ea52c";

    private static readonly Lazy<Extraction> Seed = new(() =>
        PlanParser.Parse(Par001 + ".txt", File.ReadAllLines(Path.Combine(RepoPaths.Seeds, Par001 + ".txt"))));

    // section as the parser names it, index, criteria, tasks, line of its first task and of its last
    public static TheoryData<string, string, string, int, int, int> Sections => new()
    {
        { "I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH", "PAR_INDEX", "par_direction", 4, 82, 89 },
        { "II. CẢI CÁCH THỂ CHẾ", "PAR_INDEX", "par_institutions", 4, 95, 101 },
        { "III. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "PAR_INDEX", "par_procedures", 6, 103, 129 },
        { "V. CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", "PAR_INDEX", "par_civil_service", 5, 131, 138 },
        { "VI. CẢI CÁCH TÀI CHÍNH CÔNG", "PAR_INDEX", "par_public_finance", 3, 144, 146 },
        { "VII. XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", "PAR_INDEX", "par_e_government", 5, 151, 158 },
        { "VIII. CẢI THIỆN CHỈ SỐ HÀI LÒNG", "SIPAS", "overall", 1, 160, 160 },
        { "IX. CÁC TIÊU CHÍ VỀ ĐIỂM THƯỞNG", "PAR_INDEX", "overall", 6, 167, 176 },
        { "X. PHÂN ĐÁU KHÔNG VI PHẠM CÁC NỘI DUNG ĐIỂM TRỪ", "PAR_INDEX", "overall", 5, 182, 189 },
    };

    [Theory, MemberData(nameof(Sections))]
    public void Seed001_Section_TasksCountedByHand(string section, string index, string criteria, int tasks, int first, int last)
    {
        var of = Seed.Value.Tasks.Where(t => t.Section == section).ToList();
        Assert.Equal((tasks, first, last), (of.Count, of.Min(t => t.Source.Line), of.Max(t => t.Source.Line)));
        Assert.All(of, t => Assert.Equal((index, criteria), (t.IndexCode, string.Join("|", t.Criteria))));
    }

    [Fact]
    public void Seed001_EveryTaskInAHandCountedSection() =>
        Assert.Equal(Sections.Select(r => (string)r[0]), Seed.Value.Tasks.Select(t => t.Section).Distinct());
}
