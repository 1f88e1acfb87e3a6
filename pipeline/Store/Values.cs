using System.Collections;
using System.Numerics;

namespace Analytics.Pipeline.Store;

/// <summary>Conversions of the values DuckDB.NET reads into the types the seam gives its callers.</summary>
internal static class Values
{
    public static decimal ToDecimal(object value) => value switch
    {
        decimal d => d,
        double d => (decimal)d,
        float f => (decimal)f,
        BigInteger b => (decimal)b,
        sbyte or byte or short or ushort or int or uint or long or ulong => Convert.ToDecimal(value),
        _ => throw new InvalidCastException(),
    };

    public static double ToDouble(object value) => value switch
    {
        double d => d,
        float f => f,
        decimal d => (double)d,
        BigInteger b => (double)b,
        sbyte or byte or short or ushort or int or uint or long or ulong => Convert.ToDouble(value),
        _ => throw new InvalidCastException(),
    };

    /// <summary>The value as the seam's callers have always seen it: small integers as int, 64-bit ones as long, a
    /// HUGEINT as Int128, a DATE as DateOnly, a list as List&lt;object?&gt; of such values.</summary>
    /// <param name="typeName">DuckDB.NET's name of the column's type ("Date", "List", …).</param>
    public static object? Natural(object? value, string typeName) => value switch
    {
        null or DBNull => null,
        sbyte or byte or short or ushort => Convert.ToInt32(value),
        uint u => (long)u,
        BigInteger b => (Int128)b,
        DateTime t when typeName == "Date" => DateOnly.FromDateTime(t),
        string => value,
        IList items => items.Cast<object?>().Select(i => Natural(i, "")).ToList(),
        _ => value,
    };
}
