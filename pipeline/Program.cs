using System.CommandLine;
using Analytics.Pipeline.Commands;

// The pipeline's command line: each command lives in Commands/<Name>Command.cs.
var root = new RootCommand("Analytics: SIPAS / PAR INDEX plans and published results → DuckDB");
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(ReportCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(DraftPlanCommand.Create());
root.Subcommands.Add(FuzzCommand.Create());
root.Subcommands.Add(CrashTestCommand.Create());
root.Subcommands.Add(ExportParquetCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(ClassifyCommand.Create());
return root.Parse(args).Invoke();
