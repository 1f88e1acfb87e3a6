using System.CommandLine;
using Analytics.Bench.Harness;

namespace Analytics.Bench;

/// <summary>The measured processes the parts start (each prints one JSON line): ingest, reference load, views, export, classifier.</summary>
public static class ChildCommands
{
    public static IEnumerable<Command> All()
    {
        var db = new Option<string>("--db") { Required = true };
        var path = new Argument<string>("path");
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore };
        var ingest = new Command("child-ingest", "(internal) ingest files or folders into a new database, print JSON figures") { paths, db };
        ingest.Hidden = true;
        ingest.SetAction(p => Child.Reply(IngestJob.Run(p.GetValue(paths)!, p.GetValue(db)!)));
        yield return ingest;

        var extract = new Command("child-extract", "(internal) run the extract stage alone on a corpus, print JSON figures") { path };
        extract.Hidden = true;
        extract.SetAction(p => Child.Reply(ExtractJob.Run(p.GetValue(path)!)));
        yield return extract;

        var reference = new Command("child-reference", "(internal) load CSV files with read_csv, print JSON figures") { path, db };
        reference.Hidden = true;
        reference.SetAction(p => Child.Reply(ReferenceJob.Load(p.GetValue(path)!, p.GetValue(db)!)));
        yield return reference;

        var unit = new Option<string>("--unit") { Required = true };
        var province = new Option<string>("--province") { Required = true };
        var year = new Option<int>("--year") { Required = true };
        var views = new Command("child-views", "(internal) query every view, print JSON figures") { db, unit, province, year };
        views.Hidden = true;
        views.SetAction(p => Child.Reply(ViewsJob.Run(p.GetValue(db)!, p.GetValue(unit)!, p.GetValue(province)!, p.GetValue(year))));
        yield return views;

        var output = new Option<string>("--out") { Required = true };
        var units = new Option<int>("--units") { DefaultValueFactory = _ => 5 };
        var export = new Command("child-export", "(internal) export chart packs, print JSON figures") { db, output, units };
        export.Hidden = true;
        export.SetAction(p => Child.Reply(ExportJob.Run(p.GetValue(db)!, "Khánh Hòa", 2024,
            Synth.Catalog.Departments.Take(p.GetValue(units)).Select(d => d.Name).ToList(), p.GetValue(output)!)));
        yield return export;

        var repetitions = new Option<int>("--repetitions") { DefaultValueFactory = _ => 3 };
        var texts = new Option<int>("--texts") { DefaultValueFactory = _ => 10_000 };
        var classifier = new Command("child-classifier", "(internal) train and predict with the task classifier, print JSON figures")
            { db, repetitions, texts };
        classifier.Hidden = true;
        classifier.SetAction(p => Child.Reply(ClassifierJob.Run(p.GetValue(db)!, p.GetValue(repetitions), p.GetValue(texts))));
        yield return classifier;
    }
}
