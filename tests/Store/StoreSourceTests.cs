using System.Text.RegularExpressions;

namespace Analytics.Tests.Store;

/// <summary>Rules held by scanning the pipeline's source (one helper, one row per rule).</summary>
public class StoreSourceTests
{
    public static TheoryData<string, string, string> Rules => new()
    {
        // rule, pattern, the only folder allowed to match ("" = nowhere)
        // DuckDB is reached through DuckDB.NET.Data, under one small seam (so the next swap is one change again). The product
        // calls no native code of its own (the fuzzer's gettid lives in tools/fuzz), so it needs no unsafe code either.
        { "DuckDB.NET only behind the Store seam", @"using DuckDB\.NET", "Store/" },
        { "no native calls of our own", @"\[(LibraryImport|DllImport)\(", "" },
        { "no SafeHandle lifetime calls", @"DangerousGetHandle\(", "" },
    };

    [Theory, MemberData(nameof(Rules))]
    public void Source_FollowsRule(string rule, string pattern, string allowedUnder)
    {
        var offenders = Offenders(pattern).Where(f => allowedUnder.Length == 0 || !f.StartsWith(allowedUnder)).ToList();
        Assert.True(offenders.Count == 0, $"{rule}: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void Source_SeamIsFound() => Assert.Equal(["Store/DuckDb.cs", "Store/DuckDbAppender.cs",
        "Store/DuckDbConnection.cs", "Store/DuckDbRow.cs"], Offenders(@"using DuckDB\.NET"));

    private static IEnumerable<string> Offenders(string pattern)
    {
        var pipeline = Path.Combine(RepositoryRoot(), "pipeline");
        return Directory.EnumerateFiles(pipeline, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(pipeline, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("bin/") && !f.StartsWith("obj/"))
            .Where(f => Regex.IsMatch(File.ReadAllText(Path.Combine(pipeline, f)), pattern))
            .Order();
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Analytics.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Analytics.sln not found above " + AppContext.BaseDirectory);
    }
}
