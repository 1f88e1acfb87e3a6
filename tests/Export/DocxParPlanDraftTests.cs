using Analytics.Pipeline.Analyze.Planning;
using Analytics.Pipeline.Commands;
using Analytics.Pipeline.Export.Charts;
using Analytics.Pipeline.Export.Files;
using Analytics.Pipeline.Extract.Decode;
using Analytics.Pipeline.Extract.Statements;
using Analytics.Tests.Analyze;

namespace Analytics.Tests.Export;

/// <summary>
/// The PAR INDEX draft of Sở Công Thương Khánh Hòa for 2025: no PAR INDEX figure of the department is loaded, so every
/// component of the index is a section ("no data", no target) carrying the tasks its 2024 plan (seed 001) lists under
/// that component; the plan's bonus, penalty and SIPAS sections name no component and are not carried.
/// </summary>
public sealed class DocxParPlanDraftTests(SeedDatabase seeds) : IClassFixture<SeedDatabase>
{
    private const string Sct = "Sở Công Thương", KhanhHoa = "Khánh Hòa", Par001 = "001_ad5c23cb879ea52c.txt";

    private static readonly string[] Components =
        ["par_direction", "par_institutions", "par_procedures", "par_organization", "par_civil_service", "par_public_finance",
         "par_e_government", "par_impact"];

    private PlanDraft Draft()
    {
        using var con = seeds.Connect();
        return PlanDrafts.Read(con, Sct, KhanhHoa, 2025, "PAR_INDEX")!;
    }

    [Fact]
    public void Read_SctKhanhHoa2025Par_OneSectionPerComponentWithSeed001Tasks()
    {
        var draft = Draft();
        Assert.Equal(Components, draft.Sections.Select(s => s.Figure.Criterion));
        Assert.Equal((true, 2024, (DraftFigure?)null), (draft.WithoutFigures, draft.CarriedFromYear, draft.Overall));
        // seed 001's sections I, II, III, (no IV), V, VI, VII, counted by hand (SeedTasksTests)
        Assert.Equal([4, 4, 6, 0, 5, 3, 5, 0], draft.Sections.Select(s => s.Carried.Count));
        Assert.All(draft.Sections.SelectMany(s => s.Carried), t =>
            Assert.Equal(("PAR_INDEX", Par001, "document"), (t.IndexCode, Path.GetFileName(t.Source.File), t.LinkedBy)));
        Assert.All(draft.Sections, s => Assert.Equal("Năm 2024 chưa có số liệu", DraftText.Figures(s.Figure, "PAR_INDEX")));
    }

    [Fact]
    public void PlanTasks_Seed001_ParTaskNeverASipasTask()
    {
        using var con = seeds.Connect();
        var sipas = PlanningQueries.PlanTasks(con, Sct, KhanhHoa, 2024, "SIPAS");
        var par = PlanningQueries.PlanTasks(con, Sct, KhanhHoa, 2024, "PAR_INDEX");
        Assert.Equal([(160, "overall")], sipas.Select(t => (t.Source.Line, t.Criterion)));
        Assert.Equal(38, par.Count);
        Assert.DoesNotContain(par, t => t.Source.Line == 160);
        Assert.All(par, t => Assert.True(t.Criterion == "overall" || Components.Contains(t.Criterion), t.Criterion));
    }

    [Fact]
    public void Write_SctKhanhHoa2025Par_ReadBack_ComponentRowsTasksAndNo90()
    {
        var draft = Draft();
        var lines = DocxText.ReadLines(new MemoryStream(DocxPlanDraft.Write(draft)), "draft.docx");
        Assert.Empty(lines.Findings);
        Assert.DoesNotContain(lines.Lines, l => l.Contains("90%", StringComparison.Ordinal));
        Assert.Contains(lines.Lines, l => l.StartsWith("Chưa có số liệu năm 2024 của đơn vị: bản dự thảo lập theo 8 lĩnh vực", StringComparison.Ordinal));
        var rows = lines.Lines.Select(l => l.Split('\t')).Where(c => c.Length == 7).ToList();
        var sections = rows.Where(c => c[0] is "I" or "II" or "III" or "IV" or "V" or "VI" or "VII" or "VIII").ToList();
        Assert.Equal(Components.Select(DraftText.SectionName), sections.Select(c => c[1]));
        Assert.Equal("Lĩnh vực: Cải cách thủ tục hành chính", sections[2][1]);
        Assert.All(sections, c => Assert.Equal("Năm 2024 chưa có số liệu", c[6]));
        var tasks = rows.Where(c => int.TryParse(c[0], out _)).Select(c => (c[1], c[6])).ToList();
        Assert.Equal(draft.Sections.SelectMany(s => s.Carried).Select(t => (DisplayText.Clean(t.Description),
            DisplayText.Clean(DraftText.CarriedNote(t)))), tasks);
        Assert.Equal(2, rows.Count(c => c[1] == DocxPlanDraft.NoTask)); // IV (the plan has no such section) and VIII
    }

    [Fact]
    public void Run_SctKhanhHoa2025Par_WritesTheDocx()
    {
        using var dir = RepoPaths.Temp();
        var output = new StringWriter();
        using var con = seeds.Connect();
        Assert.Equal(0, DraftPlanCommand.Write(con, Sct, KhanhHoa, 2025, "PAR_INDEX", dir.File("out"), output, TextWriter.Null));
        Assert.StartsWith("8 criteria, 27 tasks carried over, 0 suggested", output.ToString());
    }
}
