using CsvHelper;

namespace Analytics.Pipeline.Glossary;

/// <summary>Reads the glossary's embedded CSV files (Glossary/*.csv) as rows of named fields.</summary>
internal static class GlossaryData
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> ReadCsv(string name)
    {
        using var stream = typeof(GlossaryData).Assembly.GetManifestResourceStream("Glossary/" + name)
            ?? throw new InvalidOperationException($"Glossary file {name} is not embedded");
        using var csv = CsvReader.Create(stream, new CsvReaderOptions(), false);
        var rows = new List<IReadOnlyDictionary<string, string>>();
        csv.ReadHeader();
        var header = csv.Headers;
        while (csv.Read())
            rows.Add(Enumerable.Range(0, header.Count).ToDictionary(i => header[i], i => csv.GetString(i) ?? ""));
        return rows;
    }
}
