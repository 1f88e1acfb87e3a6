using Analytics.Pipeline.Glossary;

namespace Analytics.Pipeline.Analyze.Classify;

/// <summary>Today's task → criterion rule: the criteria of an index whose glossary names (or aliases) the text contains.</summary>
public static class KeywordRules
{
    public static IReadOnlyList<string> Criteria(string text, string indexCode) =>
        Glossary.Criteria.MatchAll(text).Where(k => Glossary.Criteria.ByKey(k)?.IndexScope == indexCode).ToList();
}
