namespace Analytics.Bench.Harness;

/// <summary>The current ingest against the prototype of <see cref="IngestProposal"/> on the same corpus, in the same run: before/after.</summary>
public static class ProposalBench
{
    public static void Run(Workspace w, int provinces, int years, int batch)
    {
        var corpus = w.Corpus(provinces, 25, years, 1);
        var r = w.Report;
        r.Section("Proposal: batched ingest with extraction in parallel (before/after)",
            $"{corpus}; before = the product's ingest, after = bench/Harness/IngestProposal.cs (batch {batch}), same rows checked");
        var before = Ingest(w, "child-ingest", corpus, "proposal_before", []);
        var after = Ingest(w, "child-proposal", corpus, "proposal_after", ["--batch", $"{batch}"]);
        var same = before.Rows.OrderBy(k => k.Key).SequenceEqual(after.Rows.OrderBy(k => k.Key));
        r.Row("rows (before = after)", $"{after.Rows.Values.Sum():N0}", $"{before.Rows.Values.Sum():N0}", "", "identical", same);
        r.Row("time (s)", $"{after.Seconds:0.00}", $"{before.Seconds:0.00}", Report.Ratio(after.Seconds, before.Seconds));
        r.Row("CPU (s)", $"{after.CpuSeconds:0.00}", $"{before.CpuSeconds:0.00}", Report.Ratio(after.CpuSeconds, before.CpuSeconds));
        r.Row("documents/s", Report.N(after.Documents / after.Seconds), Report.N(before.Documents / before.Seconds),
            Report.Ratio(after.Documents / after.Seconds, before.Documents / before.Seconds), "≥ 200", after.Documents / after.Seconds >= 200);
        r.Row("peak memory", Report.Mb(after.PeakRssKb), Report.Mb(before.PeakRssKb), Report.Ratio(after.PeakRssKb, before.PeakRssKb), "< 500 MB",
            after.PeakRssKb < 500 * 1024);
    }

    private static IngestRun Ingest(Workspace w, string job, string corpus, string name, string[] more)
    {
        var db = w.Db(name);
        Workspace.DeleteDb(db);
        return Child.Run<IngestRun>([job, corpus, "--db", db, .. more], TimeSpan.FromHours(1)).Result;
    }
}
