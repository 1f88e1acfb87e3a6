namespace Analytics.Dashboard.Components.Shared;

/// <summary>A value and its Vietnamese label in a filter list.</summary>
public sealed record Option(string Value, string Text)
{
    public static IReadOnlyList<Option> Of(IEnumerable<string> values) => values.Select(v => new Option(v, v)).ToList();
}
