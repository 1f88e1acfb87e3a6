using System.CommandLine;
using Analytics.Pipeline.Commands;

// The pipeline's command line: each command lives in Commands/<Name>Command.cs.
var root = new RootCommand("Analytics: SIPAS / PAR INDEX plans and published results → DuckDB");
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(ReportCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(DraftPlanCommand.Create());
root.Subcommands.Add(ExportParquetCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(ClassifyCommand.Create());
// A database that cannot be opened (locked, not DuckDB, missing) is one line and its own exit code, not a stack trace.
try
{
    return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Analytics.Pipeline.Load.DatabaseUnavailable e)
{
    Console.Error.WriteLine("error: " + e.Message);
    return Analytics.Pipeline.Load.DatabaseUnavailable.ExitCode;
}
