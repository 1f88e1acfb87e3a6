using System.Collections;
using Analytics.Pipeline.Store.Native;
using static Analytics.Pipeline.Store.Native.DuckDbNative;

namespace Analytics.Pipeline.Store;

/// <summary>Converts .NET values to DuckDB's native forms (duckdb_value, duckdb_decimal, dates).</summary>
internal static unsafe class NativeValue
{
    private static readonly long EpochTicks = DateTime.UnixEpoch.Ticks;
    internal static readonly int EpochDay = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;

    public static DuckDbDate Date(DateOnly date) => new() { Days = date.DayNumber - EpochDay };

    public static DuckDbTimestamp Timestamp(DateTime time) => new() { Micros = (time.Ticks - EpochTicks) / 10 };

    /// <summary>An exact DECIMAL(width, scale) with the smallest width that holds the value.</summary>
    public static DuckDbDecimal Decimal(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = (byte)((bits[3] >> 16) & 0xFF);
        var magnitude = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        var digits = 1;
        for (var rest = magnitude / 10; rest > 0; rest /= 10) digits++;
        var unscaled = value < 0 ? -(Int128)magnitude : (Int128)magnitude;
        return new DuckDbDecimal { Width = (byte)Math.Max(digits, Math.Max((int)scale, 1)), Scale = scale, Value = DuckDbHugeInt.From(unscaled) };
    }

    /// <summary>10^0 … 10^38, the DECIMAL width limits.</summary>
    public static readonly Int128[] PowersOfTen = Enumerable.Range(0, 39)
        .Select(n => Enumerable.Repeat((Int128)10, n).Aggregate((Int128)1, (a, b) => a * b)).ToArray();

    /// <summary>The value × 10^scale as an integer, or null when it has more decimals than <paramref name="scale"/>; overflow throws.</summary>
    public static Int128? Unscaled(decimal value, int scale)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var own = (bits[3] >> 16) & 0xFF;
        var magnitude = (Int128)(((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0]);
        for (; own > scale; own--)
        {
            if (magnitude % 10 != 0) return null;
            magnitude /= 10;
        }
        for (; own < scale; own++) magnitude = checked(magnitude * 10);
        return value < 0 ? -magnitude : magnitude;
    }

    /// <summary>A duckdb_value for one .NET value (used for lists, DECIMAL appends and bind_value).</summary>
    public static ValueHandle Create(object? value) => Checked(value switch
    {
        null or DBNull => duckdb_create_null_value(),
        string text => Varchar(text),
        bool b => duckdb_create_bool(b),
        byte or sbyte or short or ushort or int => duckdb_create_int32(Convert.ToInt32(value)),
        uint or long => duckdb_create_int64(Convert.ToInt64(value)),
        float or double => duckdb_create_double(Convert.ToDouble(value)),
        decimal m => duckdb_create_decimal(Decimal(m)),
        DateOnly date => duckdb_create_date(Date(date)),
        DateTime time => duckdb_create_timestamp(Timestamp(time)),
        IEnumerable items => List(items),
        _ => throw new DuckDbException($"The binding cannot convert a {value.GetType().Name} to a DuckDB value."),
    }, value);

    /// <summary>A LIST value; its child type comes from the sequence's element type (IEnumerable&lt;string&gt; → VARCHAR[]).</summary>
    public static ValueHandle List(IEnumerable items)
    {
        var elements = items.Cast<object?>().Select(Create).ToList();
        try
        {
            using var childType = ChildType(items, elements.Count);
            var pointers = new IntPtr[elements.Count + 1]; // never empty, so `fixed` never yields null
            for (var i = 0; i < elements.Count; i++) pointers[i] = elements[i].DangerousGetHandle();
            fixed (IntPtr* p = pointers) return Checked(duckdb_create_list_value(childType, p, (ulong)elements.Count), items);
        }
        finally
        {
            foreach (var element in elements) element.Dispose();
        }
    }

    public static string Describe(object? value) => value switch
    {
        null => "null",
        string text => $"string of {text.Length} chars",
        IEnumerable and not string => $"list {value.GetType().Name}",
        _ => $"{value.GetType().Name} {value}",
    };

    private static LogicalTypeHandle ChildType(IEnumerable items, int count)
    {
        var element = items.GetType().GetInterfaces().Append(items.GetType())
            .FirstOrDefault(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0] ?? typeof(object);
        element = Nullable.GetUnderlyingType(element) ?? element;
        if (element == typeof(decimal)) return duckdb_create_decimal_type(38, MaxScale(items));
        var id = element == typeof(string) ? DuckDbType.Varchar
            : element == typeof(bool) ? DuckDbType.Boolean
            : element == typeof(int) || element == typeof(short) || element == typeof(byte) ? DuckDbType.Integer
            : element == typeof(long) || element == typeof(uint) ? DuckDbType.BigInt
            : element == typeof(double) || element == typeof(float) ? DuckDbType.Double
            : element == typeof(DateOnly) ? DuckDbType.Date
            : element == typeof(DateTime) ? DuckDbType.Timestamp
            : throw new DuckDbException($"The binding cannot make a DuckDB list of {element.Name} ({count} items).");
        return duckdb_create_logical_type(id);
    }

    private static byte MaxScale(IEnumerable items) =>
        items.OfType<decimal>().Select(m => m.Scale).DefaultIfEmpty((byte)0).Max();

    private static ValueHandle Varchar(string text)
    {
        var bytes = Utf8Text.Encode(text, out var length);
        fixed (byte* p = bytes) return duckdb_create_varchar_length(p, (ulong)length);
    }

    private static ValueHandle Checked(ValueHandle handle, object? source) => !handle.IsInvalid ? handle
        : throw new DuckDbException($"DuckDB could not create a value from {Describe(source)}.");
}
