using Analytics.Pipeline.Glossary;

namespace Analytics.Pipeline.Extract.Results;

/// <summary>The criterion a heading or label names: a specific criterion wins over the overall index words around it.</summary>
public static class CriterionKeys
{
    public const string Overall = "overall";

    public static string? Of(string? text)
    {
        var keys = Criteria.MatchAll(text);
        return keys.FirstOrDefault(k => k != Overall) ?? keys.FirstOrDefault();
    }
}
