using Analytics.Dashboard.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Analytics.Tests.Dashboard;

/// <summary>Issue 14.6: /du-lieu?documents_page=abc gave a 500 and copied the raw CR/LF/NUL of the query into the log.</summary>
public class QueryGuardTests
{
    public static TheoryData<string, string, string?> Queries => new()
    {
        { "documents_page", "2", null },
        { "documents_page", "", null },
        { "province", "Khánh Hòa", null },
        { "documents_page", "abc", "documents_page=abc" },
        { "warnings_page", "-1", "warnings_page=-1" },
        { "rejections_page", "99999999999", "rejections_page=99999999999" },
        { "unit", "Sở\r\nINFO forged line\0", "unit=Sở\\u000D\\u000AINFO forged line\\u0000" },
        { "x\n", "1", "x\\u000A=1" },
    };

    [Theory, MemberData(nameof(Queries))]
    public void Problem_PageNotANumberOrControlCharacters_IsRefused_AndShownEscaped(string key, string value, string? refused)
    {
        var problem = QueryGuard.Problem(new QueryCollection(new Dictionary<string, StringValues> { [key] = value }));
        Assert.Equal(refused, problem is { } p ? $"{QueryGuard.Escape(p.Key)}={QueryGuard.Escape(p.Value)}" : null);
    }
}
