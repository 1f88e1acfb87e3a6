namespace Analytics.Tests.Extract;

/// <summary>Paths in the source tree (not the build output), so golden mismatches land next to the expected files.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string SeedGoldens => Path.Combine(Root, "tests", "Fixtures", "seeds");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Analytics.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Analytics.sln not found above " + AppContext.BaseDirectory);
    }
}
