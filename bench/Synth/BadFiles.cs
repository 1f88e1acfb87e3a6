namespace Analytics.Bench.Synth;

/// <summary>The share of bad files a real folder holds: empty, binary under a document's extension, NULs in text, truncated.</summary>
public static class BadFiles
{
    public static readonly string[] Kinds = ["empty", "binary", "nul", "truncated"];

    /// <summary>(extension, bytes) of one bad file of <paramref name="kind"/>; <paramref name="good"/> is a valid .xlsx to truncate.</summary>
    public static (string Extension, byte[] Bytes) Make(string kind, Rng rng, Func<byte[]> good)
    {
        switch (kind)
        {
            case "empty":
                return (".txt", []);
            case "binary":
                var junk = new byte[rng.Between(512, 4096)];
                for (var i = 0; i < junk.Length; i++) junk[i] = (byte)rng.Next(256);
                return (".docx", junk);
            case "nul":
                var text = System.Text.Encoding.UTF8.GetBytes(Phrases.SyntheticLine + "\nKẾ HOẠCH\n");
                return (".txt", [.. text, 0, 0, 0, 1, 2, 0, .. text]);
            default:
                var bytes = good();
                return (".xlsx", bytes[..(bytes.Length / 2)]);
        }
    }
}
