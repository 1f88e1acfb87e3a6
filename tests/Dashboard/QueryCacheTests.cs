using Analytics.Dashboard.Data;
using Analytics.Pipeline.Read;

namespace Analytics.Tests.Dashboard;

public class QueryCacheTests
{
    [Fact]
    public void Get_SameVersionAndArguments_LoadsOnce_AnotherVersionLoadsAgain()
    {
        var cache = new QueryCache();
        var loads = 0;
        int[] Load() { loads++; return [1, 2, 3]; }
        cache.Get("5/5", "figures", ["Khánh Hòa", 2024], Load);
        cache.Get("5/5", "figures", ["Khánh Hòa", 2024], Load);
        Assert.Equal(1, loads);
        cache.Get("6/6", "figures", ["Khánh Hòa", 2024], Load); // a document changed: the snapshot sees a new version
        cache.Get("5/5", "figures", ["Khánh Hòa", 2025], Load);
        Assert.Equal((3, 9L), (loads, cache.Rows));
    }

    [Fact]
    public void Get_PastMaxRows_StartsAfresh()
    {
        var cache = new QueryCache();
        cache.Get("1/1", "documents", [], () => new int[QueryCache.MaxRows + 1]);
        Assert.Equal(QueryCache.MaxRows + 1, cache.Rows);
        cache.Get("1/1", "rejections", [], () => new int[7]);
        Assert.Equal(7, cache.Rows);
    }
}
