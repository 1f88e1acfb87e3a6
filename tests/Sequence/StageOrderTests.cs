using System.Text.RegularExpressions;
using Analytics.Tests.Security;

namespace Analytics.Tests.Sequence;

/// <summary>
/// Arrows point one way: a stage of pipeline/ names only the stages before it (Extract → Load → Analyze → Read → Export,
/// then the opening sequence, the evaluation and the commands above them), and Glossary, Model and Store, below all,
/// name none. A name is a `using` of the stage's namespace or a qualified name starting with it (comments aside).
/// </summary>
public class StageOrderTests
{
    private static readonly string[] Below = ["Glossary", "Model", "Store"];
    private static readonly string[] Stages = ["Extract", "Load", "Analyze", "Read", "Export", "Sequence", "Evaluate", "Commands"];

    /// <summary>One rule per folder: the stages it may not name.</summary>
    private static IEnumerable<CodeRule> Rules(string folder)
    {
        var later = Below.Contains(folder) ? Stages : Stages[(Array.IndexOf(Stages, folder) + 1)..];
        if (later.Length == 0) yield break;
        var pattern = new Regex($@"(?<![\w.])(?:Analytics\.Pipeline\.)?(?:{string.Join('|', later)})(?=\.[A-Z]|;)");
        yield return new CodeRule(folder, pattern, $"{folder} names a later stage ({string.Join(", ", later)})");
    }

    private static IReadOnlyList<Violation> Scan(IEnumerable<(string Path, string Text)> files) =>
        Below.Concat(Stages).SelectMany(folder =>
        {
            var own = files.Where(f => f.Path.StartsWith($"pipeline/{folder}/", StringComparison.Ordinal)).ToList();
            return ForbiddenCode.Scan(own, Rules(folder), []).Violations;
        }).ToList();

    [Fact]
    public void Pipeline_EveryFolderIsAStageOrBelowAll()
    {
        var folders = Directory.GetDirectories(Path.Combine(RepoPaths.Root, "pipeline")).Select(Path.GetFileName)
            .Where(n => n is not ("bin" or "obj")).Order(StringComparer.Ordinal);
        Assert.Equal(Below.Concat(Stages).Order(StringComparer.Ordinal), folders);
    }

    [Fact]
    public void Pipeline_NoStageNamesALaterOne()
    {
        var files = ForbiddenCode.Files(RepoPaths.Root, "pipeline/**/*.cs").ToList();
        Assert.True(files.Count > 100, $"only {files.Count} files scanned");
        Assert.Empty(Scan(files).Select(v => v.ToString()));
    }

    public static TheoryData<string, string, string?> Planted => new()
    {
        // file, its text, the rule it breaks (null: none)
        { "pipeline/Load/A.cs", "using Analytics.Pipeline.Analyze;\n", "Load" },
        { "pipeline/Load/A.cs", "class A { void F() => Analyze.Classify.TaskLinks.Refresh(null!); }\n", "Load" },
        { "pipeline/Load/A.cs", "class A { void F() => Analytics.Pipeline.Sequence.Stages.AfterChange(null!); }\n", "Load" },
        { "pipeline/Analyze/A.cs", "using Analytics.Pipeline.Read;\n", "Analyze" },
        { "pipeline/Store/A.cs", "using Analytics.Pipeline.Extract.Results;\n", "Store" },
        { "pipeline/Analyze/A.cs", "using Analytics.Pipeline.Load;\nclass A { string S => Sql.Load(\"Analyze/Live/x.sql\"); }\n", null },
        { "pipeline/Load/A.cs", "// after a load, Analyze.Classify refreshes\nclass A { }\n", null },
        { "pipeline/Commands/A.cs", "using Analytics.Pipeline.Sequence;\nusing Analytics.Pipeline.Export.Report;\n", null },
    };

    [Theory]
    [MemberData(nameof(Planted))]
    public void Scan_PlantedReference_FoundOnlyWhenLater(string file, string text, string? rule)
    {
        Assert.Equal(rule, Scan([(file, text)]).SingleOrDefault()?.Rule);
    }
}
