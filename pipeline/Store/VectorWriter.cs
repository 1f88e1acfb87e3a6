using System.Collections;
using Analytics.Pipeline.Store.Native;
using static Analytics.Pipeline.Store.Native.DuckDbNative;

namespace Analytics.Pipeline.Store;

/// <summary>
/// Writes .NET values straight into one vector of a data chunk being built for the appender.
/// Conversions are exact or fail: a decimal with more decimals than the column's scale, or a number out of
/// the column's range, is an error rather than a silent rounding.
/// </summary>
internal sealed unsafe class VectorWriter
{
    private readonly IntPtr _vector;
    private readonly void* _data;
    private readonly ulong* _validity;

    public VectorWriter(IntPtr vector, ColumnType type)
    {
        _vector = vector;
        Type = type;
        duckdb_vector_ensure_validity_writable(vector);
        _data = duckdb_vector_get_data(vector);
        _validity = duckdb_vector_get_validity(vector);
    }

    public ColumnType Type { get; }

    /// <summary>The column types the chunk appender can write (others are rejected when the appender opens).</summary>
    public static bool Supports(ColumnType type) => type.Id switch
    {
        DuckDbType.Boolean or DuckDbType.TinyInt or DuckDbType.SmallInt or DuckDbType.Integer or DuckDbType.BigInt
            or DuckDbType.UTinyInt or DuckDbType.USmallInt or DuckDbType.UInteger or DuckDbType.UBigInt or DuckDbType.HugeInt
            or DuckDbType.Float or DuckDbType.Double or DuckDbType.Decimal or DuckDbType.Varchar
            or DuckDbType.Date or DuckDbType.Timestamp => true,
        DuckDbType.List => Supports(type.Child!),
        _ => false,
    };

    public void Write(int row, object? value)
    {
        var isNull = value is null or DBNull;
        if (isNull) _validity[row >> 6] &= ~(1UL << (row & 63));
        else _validity[row >> 6] |= 1UL << (row & 63);
        if (!isNull) WriteValue(row, value!);
    }

    private void WriteValue(int row, object value)
    {
        switch (Type.Id)
        {
            case DuckDbType.Boolean: ((byte*)_data)[row] = value is bool b ? (byte)(b ? 1 : 0) : throw Cannot(value); break;
            case DuckDbType.TinyInt: ((sbyte*)_data)[row] = (sbyte)Integer(value, sbyte.MinValue, sbyte.MaxValue); break;
            case DuckDbType.SmallInt: ((short*)_data)[row] = (short)Integer(value, short.MinValue, short.MaxValue); break;
            case DuckDbType.Integer: ((int*)_data)[row] = (int)Integer(value, int.MinValue, int.MaxValue); break;
            case DuckDbType.BigInt: ((long*)_data)[row] = (long)Integer(value, long.MinValue, long.MaxValue); break;
            case DuckDbType.UTinyInt: ((byte*)_data)[row] = (byte)Integer(value, 0, byte.MaxValue); break;
            case DuckDbType.USmallInt: ((ushort*)_data)[row] = (ushort)Integer(value, 0, ushort.MaxValue); break;
            case DuckDbType.UInteger: ((uint*)_data)[row] = (uint)Integer(value, 0, uint.MaxValue); break;
            case DuckDbType.UBigInt: ((ulong*)_data)[row] = (ulong)Integer(value, 0, ulong.MaxValue); break;
            case DuckDbType.HugeInt: ((DuckDbHugeInt*)_data)[row] = DuckDbHugeInt.From(Integer(value, Int128.MinValue, Int128.MaxValue)); break;
            case DuckDbType.Float: ((float*)_data)[row] = (float)Real(value); break;
            case DuckDbType.Double: ((double*)_data)[row] = Real(value); break;
            case DuckDbType.Decimal: WriteDecimal(row, value); break;
            case DuckDbType.Varchar: WriteString(row, value as string ?? throw Cannot(value)); break;
            case DuckDbType.Date: ((int*)_data)[row] = NativeValue.Date(AsDate(value)).Days; break;
            case DuckDbType.Timestamp: ((long*)_data)[row] = NativeValue.Timestamp(AsTimestamp(value)).Micros; break;
            case DuckDbType.List: WriteList(row, value is IEnumerable items and not string ? items : throw Cannot(value)); break;
            default: throw Cannot(value);
        }
    }

    private void WriteDecimal(int row, object value)
    {
        Int128 unscaled;
        try { unscaled = NativeValue.Unscaled(Exact(value), Type.Scale) ?? throw Cannot(value, $"more than {Type.Scale} decimals"); }
        catch (OverflowException) { throw Cannot(value, "out of range"); }
        var limit = NativeValue.PowersOfTen[Type.Width];
        if (unscaled <= -limit || unscaled >= limit) throw Cannot(value, "out of range");
        switch (Type.Storage)
        {
            case DuckDbType.SmallInt: ((short*)_data)[row] = (short)unscaled; break;
            case DuckDbType.Integer: ((int*)_data)[row] = (int)unscaled; break;
            case DuckDbType.BigInt: ((long*)_data)[row] = (long)unscaled; break;
            default: ((DuckDbHugeInt*)_data)[row] = DuckDbHugeInt.From(unscaled); break;
        }
    }

    private void WriteString(int row, string text)
    {
        var length = Utf8Text.ByteCount(text);
        var bytes = length <= 512 ? stackalloc byte[length] : new byte[length];
        Utf8Text.Encode(text, bytes);
        fixed (byte* p = bytes) duckdb_vector_assign_string_element_len(_vector, (ulong)row, p, (ulong)length);
    }

    private void WriteList(int row, IEnumerable items)
    {
        var list = items as IList ?? items.Cast<object?>().ToList();
        var start = duckdb_list_vector_get_size(_vector);
        var end = start + (ulong)list.Count;
        if (duckdb_list_vector_reserve(_vector, end) != DuckDbState.Success) throw Cannot(items, "list too long");
        var child = new VectorWriter(duckdb_list_vector_get_child(_vector), Type.Child!); // after reserve: fresh pointers
        for (var i = 0; i < list.Count; i++) child.Write((int)start + i, list[i]);
        duckdb_list_vector_set_size(_vector, end);
        ((DuckDbListEntry*)_data)[row] = new DuckDbListEntry { Offset = start, Length = (ulong)list.Count };
    }

    private Int128 Integer(object value, Int128 min, Int128 max)
    {
        Int128 n = value switch
        {
            int i => i, long l => l, short s => s, byte b => b, sbyte sb => sb, ushort us => us, uint ui => ui,
            ulong ul => ul, Int128 big => big,
            decimal m when m == decimal.Truncate(m) => (Int128)m,
            _ => throw Cannot(value),
        };
        return n >= min && n <= max ? n : throw Cannot(value, "out of range");
    }

    private double Real(object value) => value switch
    {
        double d => d, float f => f, int i => i, long l => l, decimal m => (double)m,
        _ => throw Cannot(value),
    };

    private decimal Exact(object value) => value switch
    {
        decimal m => m, int i => i, long l => l, short s => s,
        double d when double.IsFinite(d) => (decimal)d,
        _ => throw Cannot(value),
    };

    private DateOnly AsDate(object value) => value switch
    {
        DateOnly d => d,
        DateTime t when t.TimeOfDay == TimeSpan.Zero => DateOnly.FromDateTime(t),
        _ => throw Cannot(value),
    };

    private DateTime AsTimestamp(object value) => value switch
    {
        DateTime t => t,
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        _ => throw Cannot(value),
    };

    private ArgumentException Cannot(object value, string? why = null) =>
        new($"a {Type.Name} column cannot hold {NativeValue.Describe(value)}{(why is null ? "" : $" ({why})")}");
}
