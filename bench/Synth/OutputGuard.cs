namespace Analytics.Bench.Synth;

/// <summary>
/// Where synthetic files may go: never into the repository's data/ or seeds/ (any folder of those names next to an
/// Analytics.sln, or under one), and never into a folder holding files that are not synthetic (not "synth_…").
/// </summary>
public static class OutputGuard
{
    public static string Check(string output)
    {
        var full = Path.GetFullPath(output);
        for (var dir = new DirectoryInfo(full); dir is not null; dir = dir.Parent)
            if (dir.Name is "data" or "seeds" && dir.Parent is { } parent && File.Exists(Path.Combine(parent.FullName, "Analytics.sln")))
                throw new ArgumentException($"refusing to write synthetic files under {dir.FullName}: data/ and seeds/ hold real documents only");
        if (Directory.Exists(full))
        {
            var foreign = Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
                .FirstOrDefault(f => !Path.GetFileName(f).StartsWith("synth_", StringComparison.Ordinal));
            if (foreign is not null)
                throw new ArgumentException($"refusing to write into {full}: it holds {foreign}, which is not a synthetic file");
        }
        return full;
    }
}
