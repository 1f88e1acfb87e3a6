namespace Analytics.Bench.Synth;

/// <summary>
/// A small deterministic random source (SplitMix64), seeded from a stable hash of its key, so a document's content
/// depends only on the corpus seed and the document's own key, never on generation order or the .NET version.
/// </summary>
public sealed class Rng(ulong state)
{
    public static Rng For(int seed, params object[] key) => new(Hash(seed, key));

    /// <summary>FNV-1a over the seed and the key's invariant text (string.GetHashCode is randomised per process).</summary>
    public static ulong Hash(int seed, params object[] key)
    {
        var h = 14695981039346656037UL ^ (ulong)(uint)seed;
        foreach (var part in key)
            foreach (var c in Convert.ToString(part, System.Globalization.CultureInfo.InvariantCulture) + "\u001f")
            {
                h ^= c;
                h *= 1099511628211UL;
            }
        return h;
    }

    public ulong NextULong()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [0, n).</summary>
    public int Next(int n) => (int)(NextDouble() * n);

    public int Between(int min, int maxInclusive) => min + Next(maxInclusive - min + 1);

    public bool Chance(double p) => NextDouble() < p;

    /// <summary>Approximately normal (sum of four uniforms), mean 0, standard deviation 1.</summary>
    public double Gauss() => (NextDouble() + NextDouble() + NextDouble() + NextDouble() - 2.0) * Math.Sqrt(3.0);

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}
