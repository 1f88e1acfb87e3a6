using Analytics.Pipeline.Load;

namespace Analytics.Fuzz;

/// <summary>One generated document: its file name, what it was made from and how, and its bytes.</summary>
public sealed record FuzzCase(int Index, string Name, string Origin, string Mutation, byte[] Bytes);

/// <summary>
/// Makes case i of run <c>seed</c> from its own generator, so a run is the same for the same seed and any case can be
/// replayed alone. Case 1000 is a plan of exactly the ingest's size limit (50 MB), case 1001 one byte over it.
/// </summary>
public sealed class FuzzCases(int seed, IReadOnlyList<SeedFile> seeds)
{
    public const int LimitCase = 1000;
    private readonly IReadOnlyList<SeedFile> _text = seeds.Where(s => s.Text is not null).ToList();

    public FuzzCase Make(int index)
    {
        var r = Rng.ForCase(seed, index);
        if (index is LimitCase or LimitCase + 1) return Limit(index);
        var from = r.Pick(seeds);
        var mutation = Mutators.Pick(r, Mutators.All.Where(m => m.Applies(from)).ToList());
        var (bytes, ext) = mutation.Run(r, from, seeds);
        var stem = Path.GetFileNameWithoutExtension(from.Name);
        var name = r.Chance(0.03) ? $"replaced_{r.Next(20):D2}{ext}" : $"{index:D5}_{stem[..Math.Min(stem.Length, 14)]}_{mutation.Name}{ext}";
        return new FuzzCase(index, name, from.Name, mutation.Name, bytes);
    }

    private FuzzCase Limit(int index)
    {
        var plan = _text.Where(s => s.Ext == ".txt").MaxBy(s => s.Bytes.Length) ?? _text[0];
        var size = Ingestor.MaxBytes + (index - LimitCase);
        return new FuzzCase(index, $"{index:D5}_{size / (1024 * 1024)}mb{(index > LimitCase ? "_plus1" : "")}.txt", plan.Name, "limit-size", HostileText.Big(plan.Text!, size));
    }
}
