using Analytics.Pipeline.Store.Native;
using static Analytics.Pipeline.Store.Native.DuckDbNative;

namespace Analytics.Pipeline.Store;

/// <summary>
/// The current row of a query, read straight from DuckDB's vectors. Valid only inside the mapping function.
/// Every getter takes a column index or name (case-insensitive) and returns null for SQL NULL.
/// </summary>
public sealed class DuckDbRow
{
    private readonly Column[] _columns;
    private readonly Dictionary<string, int> _ordinals = new(StringComparer.OrdinalIgnoreCase);
    private readonly string _sql;
    private ColumnVector[] _vectors = [];

    internal DuckDbRow(Column[] columns, string sql)
    {
        _columns = columns;
        _sql = sql;
        for (var i = 0; i < columns.Length; i++) _ordinals.TryAdd(columns[i].Name, i);
    }

    internal int Index { get; set; }

    public int FieldCount => _columns.Length;

    public string Name(int column) => _columns[column].Name;

    /// <summary>DuckDB's type name for the column, e.g. "VARCHAR", "DECIMAL(6,2)", "VARCHAR[]".</summary>
    public string TypeName(int column) => _columns[column].Type.Name;

    public int Ordinal(string name) => _ordinals.TryGetValue(name, out var i) ? i
        : throw new DuckDbException($"The result has no column '{name}'; it has: {string.Join(", ", _columns.Select(c => c.Name))}.", _sql);

    public bool IsNull(int column) => _vectors[column].IsNull(Index);
    public bool IsNull(string name) => IsNull(Ordinal(name));

    public string? String(int column) => Read(column, static (v, r) => v.ReadString(r));
    public string? String(string name) => String(Ordinal(name));

    public bool? Bool(int column) => ReadValue(column, static (v, r) => v.ReadBool(r));
    public bool? Bool(string name) => Bool(Ordinal(name));

    public int? Int(int column) => ReadValue(column, static (v, r) => v.ReadInt(r));
    public int? Int(string name) => Int(Ordinal(name));

    public long? Long(int column) => ReadValue(column, static (v, r) => v.ReadLong(r));
    public long? Long(string name) => Long(Ordinal(name));

    public decimal? Decimal(int column) => ReadValue(column, static (v, r) => v.ReadDecimal(r));
    public decimal? Decimal(string name) => Decimal(Ordinal(name));

    public double? Double(int column) => ReadValue(column, static (v, r) => v.ReadDouble(r));
    public double? Double(string name) => Double(Ordinal(name));

    public DateOnly? Date(int column) => ReadValue(column, static (v, r) => v.ReadDate(r));
    public DateOnly? Date(string name) => Date(Ordinal(name));

    public DateTime? Timestamp(int column) => ReadValue(column, static (v, r) => v.ReadTimestamp(r));
    public DateTime? Timestamp(string name) => Timestamp(Ordinal(name));

    /// <summary>A VARCHAR[] column; null for a NULL list, an error for a NULL element.</summary>
    public IReadOnlyList<string>? StringList(int column) => Read(column, static (v, r) => v.ReadList(r, static (c, i) => c.ReadString(i)));
    public IReadOnlyList<string>? StringList(string name) => StringList(Ordinal(name));

    public IReadOnlyList<decimal>? DecimalList(int column) => Read(column, static (v, r) => v.ReadList(r, static (c, i) => c.ReadDecimal(i)));
    public IReadOnlyList<decimal>? DecimalList(string name) => DecimalList(Ordinal(name));

    public IReadOnlyList<long>? LongList(int column) => Read(column, static (v, r) => v.ReadList(r, static (c, i) => c.ReadLong(i)));
    public IReadOnlyList<long>? LongList(string name) => LongList(Ordinal(name));

    public IReadOnlyList<double>? DoubleList(int column) => Read(column, static (v, r) => v.ReadList(r, static (c, i) => c.ReadDouble(i)));
    public IReadOnlyList<double>? DoubleList(string name) => DoubleList(Ordinal(name));

    /// <summary>The value as its natural .NET type (int, long, Int128, double, decimal, string, DateOnly, DateTime, List&lt;object?&gt;).</summary>
    public object? Value(int column) => _vectors[column].ReadValue(Index);
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

    internal void Load(DataChunkHandle chunk)
    {
        if (_vectors.Length != _columns.Length) _vectors = new ColumnVector[_columns.Length];
        for (var i = 0; i < _columns.Length; i++)
            _vectors[i] = new ColumnVector(duckdb_data_chunk_get_vector(chunk, (ulong)i), _columns[i]);
    }

    private T? Read<T>(int column, Func<ColumnVector, int, T> read) where T : class =>
        _vectors[column].IsNull(Index) ? null : read(_vectors[column], Index);

    private T? ReadValue<T>(int column, Func<ColumnVector, int, T> read) where T : struct =>
        _vectors[column].IsNull(Index) ? null : read(_vectors[column], Index);
}
