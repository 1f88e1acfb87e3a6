namespace Analytics.Fuzz;

/// <summary>Small helpers over <see cref="Random"/>; every choice of the fuzzer goes through a seeded instance.</summary>
internal static class Rng
{
    public static T Pick<T>(this Random r, IReadOnlyList<T> items) => items[r.Next(items.Count)];

    public static bool Chance(this Random r, double p) => r.NextDouble() < p;

    public static byte[] Bytes(this Random r, int n)
    {
        var b = new byte[n];
        r.NextBytes(b);
        return b;
    }

    /// <summary>The generator of case <paramref name="index"/> of run <paramref name="seed"/>: each case can be replayed alone.</summary>
    public static Random ForCase(int seed, int index) => new((int)(Mix((ulong)(uint)seed << 32 | (uint)index) & 0x7FFFFFFF));

    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
