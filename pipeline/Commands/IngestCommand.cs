using System.CommandLine;

namespace Analytics.Pipeline.Commands;

/// <summary>`ingest PATH... --db FILE`: reads plan documents and results tables into DuckDB.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders (recursively)", Arity = ArgumentArity.OneOrMore };
        var db = CommonOptions.Db();
        var command = new Command("ingest", "Ingest documents into the database") { paths, db };
        command.SetAction(parse =>
        {
            Console.Error.WriteLine("ingest: not wired yet");
            return 2;
        });
        return command;
    }
}
