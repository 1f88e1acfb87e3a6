using System.Collections;
using System.Numerics;
using DuckDB.NET.Data;

namespace Analytics.Pipeline.Store;

/// <summary>
/// The current row of a query (DuckDB.NET's reader underneath). Valid only inside the mapping function.
/// Every getter takes a column index or name (case-insensitive) and returns null for SQL NULL; integers widen and
/// narrow only when the value fits, DECIMAL keeps its scale, DATE reads as DateOnly.
/// </summary>
public sealed class DuckDbRow
{
    private readonly DuckDBDataReader _reader;
    private readonly string _sql;
    private readonly Dictionary<string, int> _ordinals = new(StringComparer.OrdinalIgnoreCase);

    internal DuckDbRow(DuckDBDataReader reader, string sql)
    {
        _reader = reader;
        _sql = sql;
        for (var i = 0; i < reader.FieldCount; i++) _ordinals.TryAdd(reader.GetName(i), i);
    }

    public int FieldCount => _reader.FieldCount;

    public string Name(int column) => _reader.GetName(column);

    public int Ordinal(string name) => _ordinals.TryGetValue(name, out var i) ? i
        : throw new DuckDbException($"The result has no column '{name}'; it has: {string.Join(", ", _ordinals.Keys)}.", _sql);

    public bool IsNull(int column) => _reader.IsDBNull(column);
    public bool IsNull(string name) => IsNull(Ordinal(name));

    public string? String(int column) => IsNull(column) ? null
        : _reader.GetValue(column) as string ?? throw Mismatch(column, "String");
    public string? String(string name) => String(Ordinal(name));

    public bool? Bool(int column) => IsNull(column) ? null : _reader.GetValue(column) is bool b ? b : throw Mismatch(column, "Bool");
    public bool? Bool(string name) => Bool(Ordinal(name));

    public int? Int(int column) => IsNull(column) ? null : Convert(column, "Int", v => checked((int)Integer(v)));
    public int? Int(string name) => Int(Ordinal(name));

    public long? Long(int column) => IsNull(column) ? null : Convert(column, "Long", v => checked((long)Integer(v)));
    public long? Long(string name) => Long(Ordinal(name));

    public decimal? Decimal(int column) => IsNull(column) ? null : Convert(column, "Decimal", Values.ToDecimal);
    public decimal? Decimal(string name) => Decimal(Ordinal(name));

    public double? Double(int column) => IsNull(column) ? null : Convert(column, "Double", Values.ToDouble);
    public double? Double(string name) => Double(Ordinal(name));

    public DateOnly? Date(int column) => IsNull(column) ? null
        : Convert(column, "Date", v => v is DateTime t ? DateOnly.FromDateTime(t) : (DateOnly)v);
    public DateOnly? Date(string name) => Date(Ordinal(name));

    public DateTime? Timestamp(int column) => IsNull(column) ? null : Convert(column, "Timestamp", v => (DateTime)v);
    public DateTime? Timestamp(string name) => Timestamp(Ordinal(name));

    /// <summary>A VARCHAR[] column; null for a NULL list, an error for a NULL element.</summary>
    public IReadOnlyList<string>? StringList(int column) => List(column, v => (string)v);
    public IReadOnlyList<string>? StringList(string name) => StringList(Ordinal(name));

    public IReadOnlyList<decimal>? DecimalList(int column) => List(column, Values.ToDecimal);
    public IReadOnlyList<decimal>? DecimalList(string name) => DecimalList(Ordinal(name));

    public IReadOnlyList<long>? LongList(int column) => List(column, v => checked((long)Integer(v)));
    public IReadOnlyList<long>? LongList(string name) => LongList(Ordinal(name));

    public IReadOnlyList<double>? DoubleList(int column) => List(column, Values.ToDouble);
    public IReadOnlyList<double>? DoubleList(string name) => DoubleList(Ordinal(name));

    /// <summary>The value as its natural .NET type (int, long, Int128, double, decimal, string, DateOnly, DateTime, List&lt;object?&gt;).</summary>
    public object? Value(int column) => IsNull(column) ? null : Values.Natural(_reader.GetValue(column), _reader.GetDataTypeName(column));
    public object? Value(string name) => Value(Ordinal(name));

    /// <summary>The value converted to <typeparamref name="T"/> (string, bool, int, long, decimal, double, DateOnly, DateTime, lists, or nullable forms).</summary>
    public T? Get<T>(int column)
    {
        if (IsNull(column)) return default;
        var type = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        object? value = type == typeof(string) ? String(column)
            : type == typeof(bool) ? Bool(column)
            : type == typeof(int) ? Int(column)
            : type == typeof(long) ? Long(column)
            : type == typeof(decimal) ? Decimal(column)
            : type == typeof(double) ? Double(column)
            : type == typeof(DateOnly) ? Date(column)
            : type == typeof(DateTime) ? Timestamp(column)
            : type == typeof(IReadOnlyList<string>) ? StringList(column)
            : type == typeof(object) ? Value(column)
            : throw new DuckDbException($"Column '{Name(column)}' cannot be read as {typeof(T).Name}.", _sql);
        return (T?)value;
    }

    public T? Get<T>(string name) => Get<T>(Ordinal(name));

    private T Convert<T>(int column, string wanted, Func<object, T> convert)
    {
        try { return convert(_reader.GetValue(column)); }
        catch (InvalidCastException) { throw Mismatch(column, wanted); }
        catch (OverflowException) { throw new DuckDbException($"Column '{Name(column)}' holds {_reader.GetValue(column)}, too large for {wanted}.", _sql); }
    }

    private List<T>? List<T>(int column, Func<object, T> convert)
    {
        if (IsNull(column)) return null;
        if (_reader.GetValue(column) is not IList items) throw Mismatch(column, typeof(T).Name + " list");
        var list = new List<T>(items.Count);
        foreach (var item in items)
            list.Add(item is null ? throw new DuckDbException($"Column '{Name(column)}' has a NULL list element; read it with Value().", _sql)
                : Convert(column, typeof(T).Name + " list", _ => convert(item)));
        return list;
    }

    private static BigInteger Integer(object value) => value switch
    {
        sbyte or byte or short or ushort or int or uint or long => System.Convert.ToInt64(value),
        ulong u => u,
        BigInteger b => b,
        decimal d when d == decimal.Truncate(d) => new BigInteger(d),
        _ => throw new InvalidCastException(),
    };

    private DuckDbException Mismatch(int column, string wanted) =>
        new($"Column '{Name(column)}' is {_reader.GetDataTypeName(column).ToUpperInvariant()}; it cannot be read as {wanted}.", _sql);
}
