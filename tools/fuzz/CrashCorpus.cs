using System.Text;

namespace Analytics.Fuzz;

/// <summary>
/// The documents the crash test ingests: seeds/ and data/ as they are, plus synthetic copies of the seed plans so an
/// ingest lasts a few seconds. Each copy has two versions (A: the plan plus a note; B: the same without its first
/// figure line), so kills also land while a changed document replaces its previous version.
/// </summary>
public sealed class CrashCorpus
{
    private readonly List<(string Path, byte[] A, byte[] B)> _copies = [];

    private CrashCorpus(string dir) => Dir = dir;

    public string Dir { get; }
    public int Copies => _copies.Count;

    public static CrashCorpus Create(string root, string dir, int copies)
    {
        var corpus = new CrashCorpus(dir);
        foreach (var folder in new[] { "seeds", "data" })
        {
            Directory.CreateDirectory(Path.Combine(dir, folder));
            foreach (var file in Directory.GetFiles(Path.Combine(root, folder)))
                File.Copy(file, Path.Combine(dir, folder, Path.GetFileName(file)), overwrite: true);
        }
        var plans = Directory.GetFiles(Path.Combine(root, "seeds"), "*.txt").Order(StringComparer.Ordinal).ToList();
        Directory.CreateDirectory(Path.Combine(dir, "copies"));
        for (var i = 0; i < copies; i++)
        {
            var plan = plans[i % plans.Count];
            var text = File.ReadAllText(plan);
            var a = Encoding.UTF8.GetBytes($"{text}\n\nBản sao thử nghiệm số {i + 1}.\n");
            var lines = TextMutations.Lines(text).ToList();
            var figure = lines.FindIndex(l => l.Contains('%'));
            if (figure >= 0) lines.RemoveAt(figure);
            var b = Encoding.UTF8.GetBytes($"{string.Join('\n', lines)}\n\nBản sao thử nghiệm số {i + 1}, bản sửa.\n");
            corpus._copies.Add((Path.Combine(dir, "copies", $"copy_{i + 1:D3}_{Path.GetFileName(plan)}"), a, b));
        }
        corpus.SetAll(b: false);
        return corpus;
    }

    public void SetAll(bool b)
    {
        foreach (var (path, va, vb) in _copies) File.WriteAllBytes(path, b ? vb : va);
    }

    /// <summary>Nine copies in ten change version (A ↔ B): the next ingest replaces nearly all of them.</summary>
    public void Shuffle(Random r)
    {
        foreach (var (path, va, vb) in _copies)
        {
            var isB = File.ReadAllBytes(path).AsSpan().SequenceEqual(vb);
            File.WriteAllBytes(path, isB != r.Chance(0.9) ? vb : va);
        }
    }
}
