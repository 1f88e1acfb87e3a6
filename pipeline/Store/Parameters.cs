using System.Collections;
using System.Text;

namespace Analytics.Pipeline.Store;

/// <summary>The values a caller gives for $1..$n, checked before DuckDB.NET binds them.</summary>
internal static class Parameters
{
    private static readonly UTF8Encoding Strict = new(false, throwOnInvalidBytes: true);

    /// <summary>
    /// What the caller meant by the params array: C# passes a lone <c>null</c> as a null array (one NULL parameter),
    /// and a lone typed array (string[], decimal[]) as the params array itself (by array covariance);
    /// a typed array is one LIST parameter. Only an <c>object[]</c> is a list of parameters.
    /// </summary>
    public static object?[] Arguments(object?[]? args) =>
        args is null ? [null] : args.GetType() == typeof(object[]) ? args : [args];

    /// <summary>The values to bind: text checked to be valid Unicode, lists as lists; a type DuckDB.NET would bind as
    /// its ToString() (a Guid, a record) is refused.</summary>
    public static IEnumerable<object?> Of(object?[]? args, string sql) => Arguments(args).Select((value, i) =>
    {
        try { return Checked(value); }
        catch (Exception e) when (e is ArgumentException or EncoderFallbackException)
        {
            throw new DuckDbException($"Cannot bind parameter ${i + 1} ({Describe(value)}): {e.Message}", sql, e);
        }
    });

    /// <summary>A value the seam stores as it is; lists become List&lt;T&gt; of their element type.</summary>
    public static object? Checked(object? value) => value switch
    {
        null or DBNull => null,
        string text => Text(text),
        bool or sbyte or byte or short or ushort or int or uint or long or float or double or decimal or DateOnly or DateTime => value,
        IEnumerable<string?> texts => texts.Select(t => (string?)Checked(t)).ToList(),
        IEnumerable<decimal> items => items.ToList(),
        IEnumerable<decimal?> items => items.ToList(),
        IEnumerable<int> items => items.ToList(),
        IEnumerable<long> items => items.ToList(),
        IEnumerable<double> items => items.ToList(),
        IEnumerable items => items.Cast<object?>().Select(Checked).ToList(),
        _ => throw new ArgumentException($"the seam does not bind values of type {value.GetType().Name}"),
    };

    public static string Describe(object? value) => value switch
    {
        null => "NULL",
        string s => $"string of {s.Length} chars",
        _ => $"{value.GetType().Name} {value}",
    };

    /// <summary>Text as DuckDB.NET will store it whole: a lone surrogate would become '?', and the text would end at a
    /// NUL (DuckDB.NET passes text as C strings), so both are refused.</summary>
    public static string Text(string text) => Valid(text).IndexOf('\0') is var nul and >= 0
            ? throw new ArgumentException($"the text holds a NUL character at index {nul}, which DuckDB.NET would cut off.") : text;

    /// <summary>The text, checked to be valid Unicode (a lone surrogate throws instead of becoming '?').</summary>
    public static string Valid(string text)
    {
        Strict.GetByteCount(text);
        return text;
    }
}
