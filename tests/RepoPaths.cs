namespace Analytics.Tests;

/// <summary>Paths of the repository's own folders in the source tree (not the build output, so golden mismatches land
/// next to the expected files), found from the test binaries upwards.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();
    public static string Seeds => Path.Combine(Root, "seeds");
    public static string Data => Path.Combine(Root, "data");

    /// <summary>A folder of tests/Fixtures: "seeds" (extraction goldens), "results", "charts" (see their READMEs).</summary>
    public static string Fixtures(string name) => Path.Combine(Root, "tests", "Fixtures", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Analytics.sln"))) return dir.FullName;
        throw new InvalidOperationException("Analytics.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>A fresh temporary folder, deleted with the returned handle.</summary>
    public static TempDir Temp() => new();

    public sealed class TempDir : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("analytics-test-").FullName;
        public string File(string name) => System.IO.Path.Combine(Path, name);
        public void Dispose() { try { Directory.Delete(Path, true); } catch (IOException) { } }
    }
}
