namespace Analytics.Tests.Results;

/// <summary>Paths of the repository's data/ and of the results fixtures, found from the test binaries upwards.</summary>
internal static class DataDir
{
    public static string Path { get; } = Find("data");

    public static string Fixtures { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "results");

    private static string Find(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(System.IO.Path.Combine(dir.FullName, name)) && File.Exists(System.IO.Path.Combine(dir.FullName, name, "README.md")))
                return System.IO.Path.Combine(dir.FullName, name);
        throw new DirectoryNotFoundException($"no {name}/ above {AppContext.BaseDirectory}");
    }
}
