namespace Analytics.Pipeline.Extract.Statements;

/// <summary>Source texts are whole statements, trimmed to at most 400 characters around the figure they support.</summary>
internal static class Snippet
{
    public const int Max = 400;

    public static string Around(string text, int at, int length)
    {
        if (text.Length <= Max) return text;
        at = Math.Clamp(at, 0, text.Length);
        var start = Math.Clamp(at - (Max - length) / 3, 0, text.Length - (Max - 2));
        start = WordStart(text, start);
        var head = start > 0 ? "…" : "";
        var room = Max - head.Length;
        if (start + room >= text.Length) return head + text[start..];
        var end = WordEnd(text, start, start + room - 1);
        return head + text[start..end].TrimEnd() + "…";
    }

    /// <summary>The beginning of a long text, cut at a word boundary, for sources that are not about one figure.</summary>
    public static string Head(string text) => Around(text, 0, 0);

    private static int WordStart(string text, int start)
    {
        if (start == 0) return 0;
        var space = text.IndexOf(' ', start);
        return space >= 0 && space - start < 20 ? space + 1 : char.IsLowSurrogate(text[start]) ? start + 1 : start;
    }

    private static int WordEnd(string text, int start, int end)
    {
        var space = text.LastIndexOf(' ', end, end - start);
        return space > start ? space : end < text.Length && char.IsLowSurrogate(text[end]) ? end - 1 : end; // never half a pair
    }
}
