using System.CommandLine;

namespace Analytics.Fuzz;

/// <summary>`crashtest --kills 50 --seed S [--copies 40] [--work DIR]`: kills the real ingest at random moments and checks the database each time.</summary>
public static class CrashTestCommand
{
    public static Command Create()
    {
        var kills = new Option<int>("--kills") { Description = "How many times to kill the ingest", DefaultValueFactory = _ => 50 };
        var seed = new Option<int>("--seed") { Description = "Seed of the kill moments and document versions", DefaultValueFactory = _ => 1 };
        var copies = new Option<int>("--copies") { Description = "Synthetic copies of the seed plans in the corpus", DefaultValueFactory = _ => 40 };
        var work = new Option<string?>("--work") { Description = "Keep the corpus and databases here (default: a temporary folder)" };
        var command = new Command("crashtest", "Kill the ingest at random moments; the database must stay whole") { kills, seed, copies, work };
        command.SetAction(parse =>
        {
            var settings = new CrashSettings(parse.GetValue(seed), parse.GetValue(kills), SeedCorpus.FindRoot(Directory.GetCurrentDirectory()),
                parse.GetValue(copies), parse.GetValue(work));
            return CrashTester.Run(settings, Console.Out).Passed ? 0 : 1;
        });
        return command;
    }
}
