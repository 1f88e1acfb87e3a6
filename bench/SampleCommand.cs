using System.CommandLine;
using Analytics.Bench.Synth;

namespace Analytics.Bench;

/// <summary>`sample --db data/sample.duckdb [--seed 2024 --departments 19 --years 4]`: the sample database for newcomers.</summary>
public static class SampleCommand
{
    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "The sample database (its own file, e.g. data/sample.duckdb; rebuilt)", Required = true };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => SampleOptions.DefaultSeed, Description = "Random seed (same seed, same database)" };
        var departments = new Option<int>("--departments") { DefaultValueFactory = _ => 19, Description = "Departments of the province (2..25)" };
        var years = new Option<int>("--years") { DefaultValueFactory = _ => 4, Description = "Measured years up to 2024 (1..10)" };
        var command = new Command("sample", "Build the sample database (DỮ LIỆU MÔ PHỎNG): one province's departments over several years, synthetic")
            { db, seed, departments, years };
        command.SetAction(p =>
        {
            try
            {
                return SampleDatabase.Build(new SampleOptions(p.GetValue(db)!, p.GetValue(seed), p.GetValue(departments), p.GetValue(years)), Console.Out);
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine($"sample: {e.Message}");
                return 2;
            }
        });
        return command;
    }
}
