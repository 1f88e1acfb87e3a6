namespace Analytics.Pipeline.Evaluate;

/// <summary>One hand-written fact of a corpus document: a figure (`obs`) or a target level (`target`).</summary>
public sealed record Fact(
    string Type, int Line, string Unit, string UnitKind, string? Province, int Year, string Index, string Criterion,
    decimal? Value, int? Rank, int? RankOf, int? RankChange)
{
    public const string Observation = "obs";
    public const string Target = "target";
}

/// <summary>A corpus document's facts file: its `#` header (source, issuer, meta-province…) and its facts.</summary>
public sealed record FactsFile(string Path, IReadOnlyDictionary<string, string> Header, IReadOnlyList<Fact> Facts)
{
    /// <summary>The province a user uploading the document would state (`# meta-province:`), or null.</summary>
    public string? MetaProvince => Header.GetValueOrDefault("meta-province");

    /// <summary>The issuing unit a user would state (`# meta-issuer:`), or null.</summary>
    public string? MetaIssuer => Header.GetValueOrDefault("meta-issuer");
}

/// <summary>A problem in a facts file, with its line.</summary>
public sealed record FactsProblem(string Path, int Line, string Message)
{
    public override string ToString() => $"{Path}:{Line}: {Message}";
}
