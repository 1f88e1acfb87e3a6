using System.Text.RegularExpressions;

namespace Analytics.Tests.Dashboard;

/// <summary>Rules held by scanning the dashboard's source (one helper, one row per rule).</summary>
public sealed class DashboardSourceTests
{
    private static readonly string Root = Path.Combine(RepoPaths.Root, "dashboard");

    public static TheoryData<string, string, string, string> Rules => new()
    {
        // rule, file pattern, regex, the only file allowed to match ("" = none)
        { "no SQL in components", "*.razor", @"(?i)\b(select|insert|update|delete)\s+[\w*]+[\s\S]{0,80}\b(from|into|set)\b", "" },
        { "no queries run from components", "*.razor", @"\b(Connect|Query|Execute|Scalar)\s*\(", "" },
        { "document text never as markup", "*.razor", @"MarkupString", "Components/Shared/ChartFigure.razor" },
        { "no inline script", "*.razor", @"(?i)<script(?![^>]*\bsrc=""@Assets\[)|(?<![@\w])on(click|load|change|submit)\s*=", "" },
        { "no inline style (CSP style-src 'self')", "*.razor", @"\sstyle\s*=", "" },
        { "no SQL strings in C#", "*.cs", @"(?i)""\s*(select|insert|update|delete|with)\s", "" },
        { "no WebAssembly (the server renders; the browser runs no .NET)", "*.razor", @"InteractiveWebAssembly|InteractiveAuto", "" },
        { "pages prerender whole: interactive components are parts of a page", "*.razor", @"^@page[\s\S]*@rendermode", "" },
        { "interactive components get their data from the page (one snapshot per page)", "*.razor",
            @"@rendermode[\s\S]*@inject\s+(DashboardQueries|Analytics\.Pipeline\.Store\.DuckDb)|@inject\s+(DashboardQueries|Analytics\.Pipeline\.Store\.DuckDb)[\s\S]*@rendermode", "" },
    };

    [Theory, MemberData(nameof(Rules))]
    public void Source_FollowsRule(string rule, string files, string pattern, string allowed)
    {
        var offenders = Files(files).Where(f => f != allowed && Regex.IsMatch(File.ReadAllText(Path.Combine(Root, f)), pattern)).ToList();
        Assert.True(offenders.Count == 0, $"{rule}: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void Pages_LiveInTheirFeatureFolder()
    {
        var pages = Files("*.razor").Where(f => File.ReadAllText(Path.Combine(Root, f)).StartsWith("@page", StringComparison.Ordinal));
        Assert.All(pages, f => Assert.Matches(@"^Components/Pages/(\w+)/\1\.razor$", f));
    }

    private static IEnumerable<string> Files(string pattern) =>
        Directory.EnumerateFiles(Root, pattern, SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("bin/") && !f.StartsWith("obj/"))
            .Order();
}
