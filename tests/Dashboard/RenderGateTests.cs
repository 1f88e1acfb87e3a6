using Analytics.Dashboard.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Http = Microsoft.AspNetCore.Http.Results;

namespace Analytics.Tests.Dashboard;

/// <summary>Issue 14: PNGs and report packs were rendered without bound under concurrency. At most two at a time; a
/// request finding no slot within the wait gets a 503 with the Vietnamese message, and a slot frees when a render ends.</summary>
public sealed class RenderGateTests
{
    [Fact]
    public async Task Run_ThreeAtOnce_TwoRenderTheThirdWaitsThenGets503()
    {
        var gate = new RenderGate(2, TimeSpan.FromMilliseconds(300));
        using var release = new ManualResetEventSlim();
        var running = 0;
        var most = 0;
        IResult Render()
        {
            var now = Interlocked.Increment(ref running);
            lock (gate) most = Math.Max(most, now);
            release.Wait(TimeSpan.FromSeconds(30));
            Interlocked.Decrement(ref running);
            return Http.Ok();
        }
        var first = gate.Run(Render, CancellationToken.None);
        var second = gate.Run(Render, CancellationToken.None);
        Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref running) == 2, TimeSpan.FromSeconds(30)));
        var third = await gate.Run(Render, CancellationToken.None); // both slots held past the wait
        var busy = Assert.IsType<ContentHttpResult>(third);
        Assert.Equal((StatusCodes.Status503ServiceUnavailable, RenderGate.Busy), (busy.StatusCode, busy.ResponseContent));
        release.Set();
        Assert.All(await Task.WhenAll(first, second), r => Assert.IsType<Ok>(r));
        Assert.Equal(2, most);
        Assert.IsType<Ok>(await gate.Run(() => Http.Ok(), CancellationToken.None)); // the slots were given back
    }
}
