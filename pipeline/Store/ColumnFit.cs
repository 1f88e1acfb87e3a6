using System.Collections;
using System.Numerics;
using System.Text;
using System.Text.RegularExpressions;

namespace Analytics.Pipeline.Store;

/// <summary>
/// One appender column, by DuckDB's type name ("VARCHAR", "DECIMAL(6,2)", "VARCHAR[]"): which .NET values fit it
/// exactly, converted to the type DuckDB.NET writes into that column.
/// </summary>
internal sealed partial class ColumnFit
{
    private static readonly Dictionary<string, (BigInteger Min, BigInteger Max, Func<BigInteger, object> To)> Integers = new()
    {
        ["TINYINT"] = (sbyte.MinValue, sbyte.MaxValue, b => (sbyte)b),
        ["SMALLINT"] = (short.MinValue, short.MaxValue, b => (short)b),
        ["INTEGER"] = (int.MinValue, int.MaxValue, b => (int)b),
        ["BIGINT"] = (long.MinValue, long.MaxValue, b => (long)b),
        ["HUGEINT"] = (BigInteger.MinusOne << 127, (BigInteger.One << 127) - 1, b => b),
        ["UTINYINT"] = (0, byte.MaxValue, b => (byte)b),
        ["USMALLINT"] = (0, ushort.MaxValue, b => (ushort)b),
        ["UINTEGER"] = (0, uint.MaxValue, b => (uint)b),
        ["UBIGINT"] = (0, ulong.MaxValue, b => (ulong)b),
    };

    private readonly string _type;
    private readonly ColumnFit? _element;
    private readonly (int Width, int Scale)? _decimal;

    public ColumnFit(string type)
    {
        _type = type;
        if (type.EndsWith("[]", StringComparison.Ordinal)) _element = new ColumnFit(type[..^2]);
        if (DecimalType().Match(type) is { Success: true } m) _decimal = (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value));
    }

    public static bool Supports(string type) => type.EndsWith("[]", StringComparison.Ordinal)
        ? Supports(type[..^2]) && !type[..^2].EndsWith("[]", StringComparison.Ordinal)
        : Integers.ContainsKey(type) || DecimalType().IsMatch(type)
          || type is "VARCHAR" or "BOOLEAN" or "FLOAT" or "DOUBLE" or "DATE" or "TIMESTAMP";

    /// <summary>The value as DuckDB.NET writes it into this column; ArgumentException when it does not fit exactly.</summary>
    public object? Fit(object? value)
    {
        if (value is null or DBNull) return null;
        if (_element is not null)
            return value is IEnumerable items and not string ? List(items) : throw Misfit(value);
        if (_decimal is { } d) return Decimal(value, d.Width, d.Scale);
        if (Integers.TryGetValue(_type, out var range))
        {
            var n = value switch
            {
                sbyte or byte or short or ushort or int or uint or long => new BigInteger(Convert.ToInt64(value)),
                ulong u => new BigInteger(u),
                BigInteger b => b,
                _ => throw Misfit(value),
            };
            return n >= range.Min && n <= range.Max ? range.To(n) : throw Misfit(value, "out of range");
        }
        return (_type, value) switch
        {
            // Text with a NUL goes in as its UTF-8 bytes with their length (DuckDB.NET's string path would end it at the NUL).
            ("VARCHAR", string s) => Parameters.Valid(s).Contains('\0') ? Encoding.UTF8.GetBytes(s) : s,
            ("BOOLEAN", bool) or ("DATE", DateOnly) or ("TIMESTAMP", DateTime) or ("DOUBLE", double) or ("FLOAT", float) => value,
            ("DOUBLE", float f) => (double)f,
            _ => throw Misfit(value),
        };
    }

    private object List(IEnumerable items)
    {
        var element = _element!;
        var fitted = items.Cast<object?>().Select(i => element._type == "VARCHAR" && i is string s ? Parameters.Text(s) : element.Fit(i)).ToList();
        return element._type switch
        {
            "VARCHAR" => fitted.Cast<string?>().ToList(),
            "BIGINT" => fitted.Select(v => (long?)v).ToList(),
            "INTEGER" => fitted.Select(v => (int?)v).ToList(),
            "DOUBLE" => fitted.Select(v => (double?)v).ToList(),
            _ when element._decimal is not null => fitted.Select(v => (decimal?)v).ToList(),
            _ => throw new ArgumentException($"a {_type} column is not written by the appender"),
        };
    }

    private object Decimal(object value, int width, int scale)
    {
        if (value is not decimal m) throw Misfit(value);
        if (decimal.Round(m, scale) != m) throw Misfit(value, $"more than {scale} decimals");
        var fits = width - scale >= 28 || Math.Abs(m) < (decimal)Math.Pow(10, width - scale);
        return fits ? m : throw Misfit(value, "out of range");
    }

    private ArgumentException Misfit(object value, string? why = null) =>
        new($"a {_type} column cannot hold {Parameters.Describe(value)}{(why is null ? "" : $" ({why})")}");

    [GeneratedRegex(@"^DECIMAL\((\d+),(\d+)\)$")]
    private static partial Regex DecimalType();
}
