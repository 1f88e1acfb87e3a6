namespace Analytics.Tests.Security;

/// <summary>
/// No control character (other than tab and line ends) in the project's own source, SQL and glossary files: a pattern
/// edited through a tool once carried a backspace where "\b" was meant, and "tăng từ 81,82% lên 84,4%" was read as
/// two levels of the same year. Invisible in an editor, so a scan holds it.
/// </summary>
public class ControlCharacterTests
{
    private static readonly string[] Extensions = [".cs", ".razor", ".sql", ".csv", ".js", ".css", ".sh", ".props", ".csproj"];

    public static TheoryData<string> Folders => new() { "pipeline", "dashboard", "tests", "bench", "scripts" };

    [Theory, MemberData(nameof(Folders))]
    public void Source_HasNoControlCharacters(string folder)
    {
        var root = Path.Combine(RepoPaths.Root, folder);
        Assert.True(Directory.Exists(root), root);
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f))
            .Where(f => Extensions.Contains(Path.GetExtension(f)) && !Skipped(f))
            .Select(f => (f, File.ReadAllText(Path.Combine(RepoPaths.Root, f))));
        Assert.Empty(Offenders(files));
    }

    [Fact]
    public void Offenders_PlantedBackspace_NamesFileAndLine() =>
        Assert.Equal(["a.cs:2: U+0008"], Offenders([("a.cs", "// fine\t\r\n[GeneratedRegex(@\"\u0008tu\")]\n")]));

    private static List<string> Offenders(IEnumerable<(string Path, string Text)> files) =>
        files.SelectMany(f => f.Text.Split('\n').Select((line, i) => (f.Path, Line: i + 1, Bad: line.TrimEnd('\r').FirstOrDefault(Bad))))
            .Where(x => x.Bad != default).Select(x => $"{x.Path}:{x.Line}: U+{(int)x.Bad:X4}").ToList();

    private static bool Bad(char c) => char.IsControl(c) && c != '\t';

    private static bool Skipped(string path) =>
        path.Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj" or "Fixtures" or "node_modules");
}
