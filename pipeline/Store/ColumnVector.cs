using Analytics.Pipeline.Store.Native;
using static Analytics.Pipeline.Store.Native.DuckDbNative;

namespace Analytics.Pipeline.Store;

/// <summary>
/// One column of one data chunk: decodes values straight from the vector's memory.
/// Valid only while its chunk is alive. Type mismatches throw a DuckDbException naming the column.
/// </summary>
internal sealed unsafe class ColumnVector(IntPtr vector, Column column)
{
    private readonly void* _data = duckdb_vector_get_data(vector);
    private readonly ulong* _validity = duckdb_vector_get_validity(vector);
    private ColumnVector? _child;

    public Column Column { get; } = column;
    private ColumnType Type => Column.Type;

    public bool IsNull(int row) => _validity != null && (_validity[row >> 6] & (1UL << (row & 63))) == 0;

    public string ReadString(int row) => Type.Id switch
    {
        DuckDbType.Varchar => Utf8Text.Decode(DuckDbString.Bytes((DuckDbString*)_data + row)),
        DuckDbType.Enum => Type.Dictionary![(int)ReadStored(Type.Storage, row)],
        _ => throw Mismatch("String"),
    };

    public bool ReadBool(int row) => Type.Id == DuckDbType.Boolean ? ((byte*)_data)[row] != 0 : throw Mismatch("Bool");

    public long ReadLong(int row)
    {
        var value = IsInteger(Type.Id) || Type is { Id: DuckDbType.Decimal, Scale: 0 } ? ReadStored(Type.Storage, row) : throw Mismatch("Long");
        return value >= long.MinValue && value <= long.MaxValue ? (long)value : throw Overflow(value, "Int64");
    }

    public int ReadInt(int row)
    {
        var value = ReadLong(row);
        return value is >= int.MinValue and <= int.MaxValue ? (int)value : throw Overflow(value, "Int32");
    }

    public decimal ReadDecimal(int row) => Type.Id switch
    {
        DuckDbType.Decimal => ToDecimal(ReadStored(Type.Storage, row), Type.Scale),
        DuckDbType.Float => (decimal)((float*)_data)[row],
        DuckDbType.Double => (decimal)((double*)_data)[row],
        _ when IsInteger(Type.Id) => (decimal)ReadStored(Type.Id, row),
        _ => throw Mismatch("Decimal"),
    };

    public double ReadDouble(int row) => Type.Id switch
    {
        DuckDbType.Float => ((float*)_data)[row],
        DuckDbType.Double => ((double*)_data)[row],
        DuckDbType.Decimal => (double)ReadDecimal(row),
        _ when IsInteger(Type.Id) => (double)ReadStored(Type.Id, row),
        _ => throw Mismatch("Double"),
    };

    public DateOnly ReadDate(int row) => Type.Id switch
    {
        DuckDbType.Date => DateOnly.FromDayNumber(NativeValue.EpochDay + ((int*)_data)[row]),
        DuckDbType.Timestamp or DuckDbType.TimestampTz or DuckDbType.TimestampS or DuckDbType.TimestampMs
            or DuckDbType.TimestampNs => DateOnly.FromDateTime(ReadTimestamp(row)),
        _ => throw Mismatch("Date"),
    };

    public DateTime ReadTimestamp(int row) => Type.Id switch
    {
        DuckDbType.Timestamp or DuckDbType.TimestampTz => DateTime.UnixEpoch.AddTicks(((long*)_data)[row] * 10),
        DuckDbType.TimestampS => DateTime.UnixEpoch.AddSeconds(((long*)_data)[row]),
        DuckDbType.TimestampMs => DateTime.UnixEpoch.AddTicks(((long*)_data)[row] * 10_000),
        DuckDbType.TimestampNs => DateTime.UnixEpoch.AddTicks(((long*)_data)[row] / 100),
        DuckDbType.Date => ReadDate(row).ToDateTime(TimeOnly.MinValue),
        _ => throw Mismatch("Timestamp"),
    };

    /// <summary>A LIST row's elements; a NULL element is an error (use Value for raw lists).</summary>
    public List<T> ReadList<T>(int row, Func<ColumnVector, int, T> read)
    {
        if (Type.Id != DuckDbType.List) throw Mismatch($"list of {typeof(T).Name}");
        var entry = ((DuckDbListEntry*)_data)[row];
        var child = Child();
        var items = new List<T>((int)entry.Length);
        for (var i = (int)entry.Offset; i < (int)(entry.Offset + entry.Length); i++)
            items.Add(child.IsNull(i) ? throw new DuckDbException($"Column '{Column.Name}' has a NULL list element; read it with Value().") : read(child, i));
        return items;
    }

    /// <summary>The value as a natural .NET object (lists as List&lt;object?&gt;), or null for NULL.</summary>
    public object? ReadValue(int row) => IsNull(row) ? null : Type.Id switch
    {
        DuckDbType.Boolean => ReadBool(row),
        DuckDbType.TinyInt or DuckDbType.SmallInt or DuckDbType.Integer or DuckDbType.UTinyInt or DuckDbType.USmallInt => ReadInt(row),
        DuckDbType.BigInt or DuckDbType.UInteger => ReadLong(row),
        DuckDbType.UBigInt or DuckDbType.HugeInt => ReadStored(Type.Id, row),
        DuckDbType.Float or DuckDbType.Double => ReadDouble(row),
        DuckDbType.Decimal => ReadDecimal(row),
        DuckDbType.Varchar or DuckDbType.Enum => ReadString(row),
        DuckDbType.Date => ReadDate(row),
        DuckDbType.Timestamp or DuckDbType.TimestampTz or DuckDbType.TimestampS or DuckDbType.TimestampMs
            or DuckDbType.TimestampNs => ReadTimestamp(row),
        DuckDbType.List => ReadListEntries(row, Child()),
        _ => throw Mismatch("a .NET value"),
    };

    private List<object?> ReadListEntries(int row, ColumnVector child)
    {
        var entry = ((DuckDbListEntry*)_data)[row];
        var items = new List<object?>((int)entry.Length);
        for (var i = (int)entry.Offset; i < (int)(entry.Offset + entry.Length); i++) items.Add(child.ReadValue(i));
        return items;
    }

    private ColumnVector Child() =>
        _child ??= new ColumnVector(duckdb_list_vector_get_child(vector), new Column(Column.Name + "[]", Type.Child!));

    /// <summary>An integer, or a DECIMAL/ENUM's stored integer, widened to 128 bits.</summary>
    private Int128 ReadStored(DuckDbType storage, int row) => storage switch
    {
        DuckDbType.TinyInt => ((sbyte*)_data)[row],
        DuckDbType.SmallInt => ((short*)_data)[row],
        DuckDbType.Integer => ((int*)_data)[row],
        DuckDbType.BigInt => ((long*)_data)[row],
        DuckDbType.UTinyInt => ((byte*)_data)[row],
        DuckDbType.USmallInt => ((ushort*)_data)[row],
        DuckDbType.UInteger => ((uint*)_data)[row],
        DuckDbType.UBigInt => ((ulong*)_data)[row],
        DuckDbType.HugeInt => ((DuckDbHugeInt*)_data)[row].ToInt128(),
        _ => throw Mismatch("an integer"),
    };

    private decimal ToDecimal(Int128 unscaled, byte scale)
    {
        var negative = unscaled < 0;
        var magnitude = (UInt128)(negative ? -unscaled : unscaled);
        if (scale > 28 || magnitude >> 96 != 0) throw Overflow(unscaled, $"decimal (scale {scale})");
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), (int)(uint)(magnitude >> 64), negative, scale);
    }

    private static bool IsInteger(DuckDbType id) => id is DuckDbType.TinyInt or DuckDbType.SmallInt or DuckDbType.Integer
        or DuckDbType.BigInt or DuckDbType.UTinyInt or DuckDbType.USmallInt or DuckDbType.UInteger or DuckDbType.UBigInt
        or DuckDbType.HugeInt;

    private DuckDbException Mismatch(string wanted) =>
        new($"Column '{Column.Name}' is {Type.Name}; it cannot be read as {wanted}.");

    private DuckDbException Overflow(Int128 value, string target) =>
        new($"Column '{Column.Name}' holds {value}, which does not fit {target}.");
}
