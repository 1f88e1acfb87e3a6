using Analytics.Pipeline.Analyze.Planning;
using Analytics.Pipeline.Commands;
using Analytics.Pipeline.Export.Charts;
using Analytics.Pipeline.Export.Files;
using Analytics.Pipeline.Extract.Decode;
using Analytics.Pipeline.Extract.Statements;
using Analytics.Tests.Analyze;

namespace Analytics.Tests.Export;

/// <summary>The draft of next year's appendix: the seed figures quoted, the tasks read back by our own .docx reader.</summary>
public sealed class DocxPlanDraftTests(SeedDatabase seeds) : IClassFixture<SeedDatabase>
{
    private const string Sct = "Sở Công Thương", KhanhHoa = "Khánh Hòa";

    public static TheoryData<string, string, decimal?, int?, int?, int?, decimal?, string> Figures => new()
    {
        { "SIPAS", "access", 85.67m, 9, 18, -4, 90m, "Năm 2024 đạt 85,67%, xếp hạng 9/18, giảm 4 bậc; mục tiêu từ 90% trở lên" },
        { "SIPAS", "access", 87.39m, 6, 18, 5, null, "Năm 2024 đạt 87,39%, xếp hạng 6/18, tăng 5 bậc; mục tiêu từ 90% trở lên" },
        { "SIPAS", "access", 88.4m, 7, 18, null, 92.5m, "Năm 2024 đạt 88,4%, xếp hạng 7/18; mục tiêu từ 92,5% trở lên" },
        { "SIPAS", "access", 88.4m, null, null, null, null, "Năm 2024 đạt 88,4%; mục tiêu từ 90% trở lên" },
        { "SIPAS", "access", null, 12, 12, 0, null, "Năm 2024 chưa có số liệu, xếp hạng 12/12, giữ nguyên; mục tiêu từ 90% trở lên" },
        // PAR INDEX has no 90% level: a target only when a document set one
        { "PAR_INDEX", "par_procedures", 84.2m, 5, 20, -2, null, "Năm 2024 đạt 84,2%, xếp hạng 5/20, giảm 2 bậc" },
        { "PAR_INDEX", "par_procedures", 84.2m, null, null, null, 85m, "Năm 2024 đạt 84,2%; mục tiêu từ 85% trở lên" },
        { "PAR_INDEX", "overall", null, null, null, null, null, "Năm 2024 chưa có số liệu" },
    };

    [Theory]
    [MemberData(nameof(Figures))]
    public void Figures_Criterion_QuotedInVietnamese(string index, string criterion, decimal? value, int? rank, int? rankOf,
        int? movement, decimal? target, string expected) =>
        Assert.Equal(expected, DraftText.Figures(new DraftFigure(criterion, 2024, value, rank, rankOf, movement, target, null, null, null), index));

    [Fact]
    public void Read_SctKhanhHoa2025_WeakCriteriaBySeverityWithSeedFigures()
    {
        using var con = seeds.Connect();
        var draft = PlanDrafts.Read(con, Sct, KhanhHoa, 2025, "SIPAS")!;
        Assert.Equal(["access", "civil_servants", "results", "feedback", "reception"], draft.Sections.Select(s => s.Figure.Criterion));
        Assert.Equal("Năm 2024 đạt 85,67%, xếp hạng 9/18, giảm 4 bậc; mục tiêu từ 90% trở lên", DraftText.Figures(draft.Sections[0].Figure, "SIPAS"));
        Assert.Equal("Năm 2024 đạt 88,57%, xếp hạng 6/18, tăng 2 bậc; mục tiêu từ 90% trở lên", DraftText.Figures(draft.Sections[4].Figure, "SIPAS"));
        Assert.Equal("Năm 2024 đạt 88,4%, xếp hạng 7/18; mục tiêu từ 90% trở lên", DraftText.Figures(draft.Overall!, "SIPAS"));
        Assert.EndsWith("002_cafea9ff515821b6.txt", draft.Sections[0].Figure.Source!.File);
        Assert.Equal(19, draft.Sections[0].Figure.Source!.Line);
        Assert.Equal(2025, draft.CarriedFromYear);
        Assert.Equal([3, 4, 2, 3, 0], draft.Sections.Select(s => s.Carried.Count));
        Assert.All(draft.Sections.SelectMany(s => s.Suggested), t => Assert.Equal("Sở Kế hoạch và Đầu tư", t.FromUnit));
        Assert.NotEmpty(draft.Sections[4].Suggested);
    }

    [Fact]
    public void Write_SctKhanhHoa2025_TableReadBackGivesTheSameTasks()
    {
        using var con = seeds.Connect();
        var draft = PlanDrafts.Read(con, Sct, KhanhHoa, 2025, "SIPAS")!;
        var lines = DocxText.ReadLines(new MemoryStream(DocxPlanDraft.Write(draft)), "draft.docx");
        Assert.Empty(lines.Findings);
        var rows = lines.Lines.Select(l => l.Split('\t')).Where(c => c.Length == 7).ToList();
        Assert.Equal(DocxPlanDraft.Columns, rows[0]);
        var tasks = rows.Where(c => int.TryParse(c[0], out _)).Select(c => (c[1], c[2], c[3], c[4], c[6])).ToList();
        var expected = draft.Sections.SelectMany(s =>
            s.Carried.Select(t => Cells(t, DraftText.CarriedNote(t))).Concat(s.Suggested.Select(t => Cells(t, DraftText.SuggestedNote(t)))));
        Assert.Equal(expected, tasks);
        Assert.Contains(rows, c => c[0] == "I" && c[1] == "Tiêu chí: Tiếp cận dịch vụ"
            && c[6] == "Năm 2024 đạt 85,67%, xếp hạng 9/18, giảm 4 bậc; mục tiêu từ 90% trở lên");
        Assert.Contains(tasks, t => t.Item5.StartsWith("Đề xuất: theo Kế hoạch năm 2023 của Sở Kế hoạch và Đầu tư (003_6349143c1c6dfa22.txt, dòng ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Sở Không Có", "SIPAS")]
    [InlineData("Sở Không Có", "PAR_INDEX")]
    [InlineData(Sct, "PAR_INDEX", 2023)] // no figure of 2022, no PAR INDEX plan of 2023 or 2022
    public void Run_UnitWithoutFiguresOrPlan_Returns4AndWritesNothing(string unit, string index, int year = 2025)
    {
        using var dir = RepoPaths.Temp();
        var errors = new StringWriter();
        using var con = seeds.Connect();
        Assert.Equal(4, DraftPlanCommand.Write(con, unit, KhanhHoa, year, index, dir.File("out"), TextWriter.Null, errors));
        Assert.False(Directory.Exists(dir.File("out")));
    }

    [Fact]
    public void Run_SctKhanhHoa2025_WritesTheDocx()
    {
        using var dir = RepoPaths.Temp();
        var output = new StringWriter();
        using var con = seeds.Connect();
        Assert.Equal(0, DraftPlanCommand.Write(con, Sct, KhanhHoa, 2025, "SIPAS", dir.File("out"), output, TextWriter.Null));
        Assert.True(File.Exists(dir.File("out/du-thao-phu-luc-so-cong-thuong-2025.docx")));
        Assert.StartsWith("5 criteria, 12 tasks carried over, ", output.ToString());
    }

    private static (string, string, string, string, string) Cells(PlannedTask t, string note) =>
        (Clean(t.Description), Clean(t.LeadUnit), Clean(t.Partners), Clean(t.Timeline), Clean(note));

    private static string Clean(string? s) => DisplayText.Clean(s ?? "");
}
