using System.Text.RegularExpressions;
using Analytics.Tests.Security;

namespace Analytics.Tests.Extract;

/// <summary>
/// Extract's sub-stages are folders in run order, and a folder's files reach only earlier ones (namespace = folder, so a
/// using or a qualified name of a later folder is the only way to reach it); none reaches the stage's entry,
/// Extract/DocumentReader.cs, which dispatches to them.
/// </summary>
public class ExtractLayersTests
{
    private static readonly string[] Order = ["Decode", "Blocks", "Results", "Statements", "Header", "Tasks", "Plan", "Narrative"];

    public static TheoryData<string> Folders => new(Order);

    [Theory, MemberData(nameof(Folders))]
    public void SubStage_ReachesOnlyEarlierOnes(string folder)
    {
        var files = ForbiddenCode.Files(RepoPaths.Root, $"pipeline/Extract/{folder}/**/*.cs").ToList();
        Assert.NotEmpty(files);
        var (violations, _) = ForbiddenCode.Scan(files, Rules(folder), []);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public void Extract_HasNoLooseFileButItsEntry()
    {
        var loose = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "pipeline", "Extract"), "*.cs").Select(Path.GetFileName);
        Assert.Equal(["DocumentReader.cs"], loose);
        var folders = Directory.EnumerateDirectories(Path.Combine(RepoPaths.Root, "pipeline", "Extract")).Select(Path.GetFileName)
            .Where(d => d is not ("bin" or "obj"));
        Assert.Equal(Order.Order(StringComparer.Ordinal), folders.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Rules_CatchALaterSubStage()
    {
        var file = "using Analytics.Pipeline.Extract.Statements;\n\nnamespace Analytics.Pipeline.Extract.Decode;\n\n" +
                   "static class X { static string M() => Extract.Plan.PlanParser.Name + DocumentReader.Supported[0]; }\n";
        var (violations, _) = ForbiddenCode.Scan([("pipeline/Extract/Decode/X.cs", file)], Rules("Decode"), []);
        Assert.Equal([1, 5, 5], violations.Select(v => v.Line));
    }

    private static IEnumerable<CodeRule> Rules(string folder) =>
        Order.SkipWhile(f => f != folder).Skip(1)
            .Select(later => new CodeRule($"{folder} reaches the later {later}", new Regex($@"\bExtract\.{later}\b"), "stages never call back"))
            .Append(new CodeRule($"{folder} reaches the entry", new Regex(@"\bDocumentReader\b"), "the entry dispatches to the sub-stages"));
}
