using System.CommandLine;
using Analytics.Bench;

// The benchmark, the synthetic corpus generator and the sample database made from it. `all` runs every part in one process and prints each figure next
// to a reference measured in the same run; each part runs alone too. child-* commands are the measured processes.
var root = new RootCommand("Analytics benchmark: synthetic corpora, ingest/views/dashboard/export figures with references");
root.Subcommands.Add(SynthCommand.Create());
root.Subcommands.Add(SampleCommand.Create());
foreach (var part in BenchCommands.Parts()) root.Subcommands.Add(part);
foreach (var child in ChildCommands.All()) root.Subcommands.Add(child);
return root.Parse(args).Invoke();
