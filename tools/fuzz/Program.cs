using System.CommandLine;
using Analytics.Fuzz;

// The hostile-input tools, run beside the product from the repository directory:
// `dotnet run -c Release --project tools/fuzz -- fuzz …` and `… -- crashtest …`.
var root = new RootCommand("Analytics fuzz and crash tools: hostile documents through the real reader and ingest");
root.Subcommands.Add(FuzzCommand.Create());
root.Subcommands.Add(CrashTestCommand.Create());
return root.Parse(args).Invoke();
