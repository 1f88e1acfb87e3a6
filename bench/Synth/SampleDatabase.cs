using Analytics.Pipeline.Commands;
using Analytics.Pipeline.Load;
using Analytics.Pipeline.Sequence;

namespace Analytics.Bench.Synth;

/// <summary>What the sample database holds: one province's departments over the last <see cref="Years"/> years up to
/// 2024, from a fixed seed (the same options, the same database).</summary>
public sealed record SampleOptions(string Db, int Seed = SampleOptions.DefaultSeed, int Departments = 19, int Years = 4, int Provinces = 1)
{
    public const int DefaultSeed = 2024;
}

/// <summary>
/// Makes the sample database for newcomers: a synthetic corpus (no bad files) written to a scratch folder, a fresh
/// database marked 'sample' (database_kind), the corpus ingested into it as `analytics ingest` does, the scratch folder
/// removed. An existing file is rebuilt only when it is itself the sample; a real database is never touched.
/// </summary>
public static class SampleDatabase
{
    /// <returns>The ingest's exit code (0: every document loaded and every check passed).</returns>
    /// <exception cref="ArgumentException">The file holds real data, or the options are out of range.</exception>
    public static int Build(SampleOptions o, TextWriter output)
    {
        Catalog.Validate(o.Provinces, o.Departments, o.Years);
        Remove(o.Db);
        var scratch = Directory.CreateTempSubdirectory("analytics-sample-").FullName;
        try
        {
            var corpus = Path.Combine(scratch, "synth_sample");
            var stats = CorpusWriter.Write(new SynthOptions(corpus, o.Provinces, o.Departments, o.Years, 1, o.Seed, BadShare: 0));
            output.WriteLine($"sample: {stats.Documents} synthetic documents (seed {o.Seed}, {o.Provinces} province(s) × {o.Departments} departments × {o.Years} years)");
            using (var db = Stages.OpenForWrite(o.Db))
            using (var con = db.Connect())
                if (SampleData.MarkSample(con, o.Db) is { } refused) throw new ArgumentException(refused);
            return IngestCommand.Run([corpus], o.Db, output);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>Deletes an earlier sample database at the path; a database that is not the sample is refused.</summary>
    private static void Remove(string path)
    {
        if (!File.Exists(path)) return;
        bool sample;
        using (var db = Stages.OpenForWrite(path))
        using (var con = db.Connect())
            sample = SampleData.IsSample(con);
        if (!sample) throw new ArgumentException(IngestMessages.NotEmptyForSample(path));
        foreach (var f in new[] { path, path + ".wal" }) File.Delete(f);
    }
}
