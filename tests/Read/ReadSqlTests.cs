namespace Analytics.Tests.ReadLayer;

/// <summary>Rules held by scanning the read layer's SQL (pipeline/Read/*.sql): each file states its grain, holds one
/// statement and takes its values as parameters.</summary>
public sealed class ReadSqlTests
{
    private static readonly string Root = Path.Combine(RepoPaths.Root, "pipeline", "Read");

    public static TheoryData<string> Files => [.. Directory.EnumerateFiles(Root, "*.sql").Select(f => Path.GetFileName(f)).Order()];

    [Theory, MemberData(nameof(Files))]
    public void Sql_StatesItsGrain_HoldsOneStatement(string file)
    {
        var text = File.ReadAllText(Path.Combine(Root, file));
        Assert.StartsWith("-- grain: one row", text, StringComparison.Ordinal);
        var code = string.Join('\n', text.Split('\n').Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal)));
        Assert.Equal(0, code.TrimEnd().TrimEnd(';').Count(c => c == ';'));
    }

    /// <summary>The consumers read through the read layer only: no SQL of their own, no query run directly (the Parquet
    /// export copies whole relations and is not a reader of figures).</summary>
    [Theory]
    [InlineData("dashboard", "*.cs")]
    [InlineData("dashboard", "*.razor")]
    [InlineData("pipeline/Export", "*.cs")]
    [InlineData("pipeline/Export/Report", "*.cs")]
    public void Consumers_ReadThroughTheReadLayerOnly(string folder, string pattern)
    {
        var root = Path.Combine(RepoPaths.Root, folder);
        var offenders = Directory.EnumerateFiles(root, pattern, SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/bin/") && !f.Contains("/obj/") && !f.StartsWith("pipeline/Export/Parquet/", StringComparison.Ordinal))
            .Where(f => System.Text.RegularExpressions.Regex.IsMatch(File.ReadAllText(Path.Combine(RepoPaths.Root, f)),
                @"Sql\.Load\(|\.(Query|Scalar|Execute)\(|GetManifestResourceStream"))
            .ToList();
        Assert.Empty(offenders);
        Assert.DoesNotContain(Directory.EnumerateFiles(root, "*.sql", SearchOption.AllDirectories),
            f => !f.Contains("/bin/") && !f.Contains("/obj/") && !f.Contains("/Parquet/"));
    }

    [Fact]
    public void Sql_ReadsTheContractViews_NeverTheRawOrStoredTables()
    {
        var offenders = Directory.EnumerateFiles(Root, "*.sql")
            .Where(f => System.Text.RegularExpressions.Regex.IsMatch(File.ReadAllText(f), @"\b(raw_\w+|\w+_store|\w+_live)\b"))
            .Select(Path.GetFileName).ToList();
        Assert.Empty(offenders);
    }
}
