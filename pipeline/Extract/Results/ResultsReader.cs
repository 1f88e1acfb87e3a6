using System.Security.Cryptography;
using System.Text;
using Analytics.Pipeline.Extract.Blocks;
using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Extract.Results;

/// <summary>What the caller knows when a table's title does not say it. UnitKind: the kind of the table's rows.</summary>
public sealed record ResultsDefaults(string? Province = null, int? Year = null, string? IndexCode = null, string UnitKind = "department",
    string? Issuer = null);

/// <summary>
/// Reads published results: the long format of data/ (recognised by its header), or a wide table from the Department
/// of Home Affairs (one row per unit) as .csv (UTF-8, ';' ',' or tab separated), .xlsx, or lines of a .docx/.md.
/// Never throws on bad input: problems come back as Findings naming file and line.
/// </summary>
public static class ResultsReader
{
    public const string Kind = "results";

    public static Extraction ReadCsv(string sourceFile, Stream stream, ResultsDefaults? defaults = null)
    {
        var bytes = ReadAll(stream);
        if (CsvText.DecodeUtf8(bytes) is not { } text) return Failed(sourceFile, "csv", bytes, ResultsErrors.NotUtf8);
        if (text.Trim().Length == 0) return Failed(sourceFile, "csv", bytes, ResultsErrors.Empty);
        var commaRecords = CsvText.Records(text, ',');
        if (commaRecords.Count > 0 && LongResults.IsHeader(commaRecords[0].Fields))
        {
            var (observations, findings) = LongResults.Read(sourceFile, commaRecords[0].Fields, commaRecords.Skip(1));
            return new Extraction(Document(sourceFile, "csv", bytes, observations), observations, [], [], findings);
        }
        var rows = CsvText.Records(text, CsvText.DetectSeparator(text))
            .Select(r => new TableRow(r.Line, r.Fields, r.Raw)).ToList();
        return WideTable.Parse(sourceFile, rows, defaults ?? new ResultsDefaults()) is { } table
            ? Finish(sourceFile, "csv", bytes, table)
            : Failed(sourceFile, "csv", bytes, ResultsErrors.NotATable);
    }

    public static Extraction ReadXlsx(string sourceFile, Stream stream, ResultsDefaults? defaults = null)
    {
        var bytes = ReadAll(stream);
        var (sheets, problems, error) = XlsxRows.Read(sourceFile, bytes);
        if (error is not null) return Failed(sourceFile, "xlsx", bytes, error);
        var tables = new List<WideTable.Result>();
        var findings = new List<Finding>(problems);
        foreach (var (sheet, rows) in sheets)
        {
            if (WideTable.Parse(sourceFile, rows, defaults ?? new ResultsDefaults()) is { } table) tables.Add(table);
            else if (rows.Count > 0) findings.Add(new Finding(sourceFile, 1, Severities.Warning, ResultsErrors.SheetNotATable(sheet)));
        }
        if (tables.Count == 0) return Failed(sourceFile, "xlsx", bytes, ResultsErrors.NotATable);
        return Finish(sourceFile, "xlsx", bytes, WideTable.Combine(tables, findings));
    }

    /// <summary>The lines of a .docx (tables as tab-separated rows) or of a markdown/text file; an error Finding when no results table is among them.</summary>
    public static Extraction ReadLines(string sourceFile, IReadOnlyList<string> lines, ResultsDefaults? defaults = null) =>
        ResultsTable.TryParse(sourceFile, lines, defaults)
            ?? Failed(sourceFile, FormatOf(sourceFile), Encoding.UTF8.GetBytes(string.Join('\n', lines)), ResultsErrors.NotATable);

    internal static Extraction Finish(string sourceFile, string format, byte[] bytes, WideTable.Result table)
    {
        var document = Document(sourceFile, format, bytes, table.Observations) with { Province = table.Province, Year = table.Year };
        return new Extraction(document, table.Observations, [], [], table.Findings);
    }

    internal static string FormatOf(string sourceFile) => Path.GetExtension(sourceFile).TrimStart('.').ToLowerInvariant() switch
    {
        "" => "txt",
        var ext => ext,
    };

    private static Extraction Failed(string sourceFile, string format, byte[] bytes, string message) =>
        new(Document(sourceFile, format, bytes, []), [], [], [], [new Finding(sourceFile, 1, Severities.Error, message)]);

    // Province and year when every observation shares them (a table of one province and year).
    private static DocumentInfo Document(string sourceFile, string format, byte[] bytes, IReadOnlyList<Observation> observations)
    {
        var provinces = observations.Select(o => o.Province).Distinct().ToList();
        var years = observations.Select(o => o.Year).Distinct().ToList();
        return new DocumentInfo(sourceFile, Convert.ToHexStringLower(SHA256.HashData(bytes)), Kind, null,
            provinces.Count == 1 ? provinces[0] : null, years.Count == 1 ? years[0] : null, null, null, format, bytes.LongLength);
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
