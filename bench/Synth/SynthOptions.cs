namespace Analytics.Bench.Synth;

/// <summary>What to generate: provinces × departments × measured years, repeated <paramref name="Scale"/> times (editions).</summary>
public sealed record SynthOptions(string Out, int Provinces = 34, int Departments = 25, int Years = 10, int Scale = 1,
    int Seed = 1, double BadShare = 0.01, bool Quiet = false);

/// <summary>What was written: documents per shape and in total, and their bytes.</summary>
public sealed record SynthStats(IReadOnlyDictionary<string, int> ByShape, int Documents, long Bytes);
