using System.Runtime.InteropServices;

namespace Analytics.Pipeline.Store.Native;

/// <summary>duckdb_state.</summary>
internal enum DuckDbState { Success = 0, Error = 1 }

/// <summary>duckdb_type (values as in duckdb.h).</summary>
internal enum DuckDbType
{
    Invalid = 0, Boolean = 1, TinyInt = 2, SmallInt = 3, Integer = 4, BigInt = 5,
    UTinyInt = 6, USmallInt = 7, UInteger = 8, UBigInt = 9, Float = 10, Double = 11,
    Timestamp = 12, Date = 13, Time = 14, Interval = 15, HugeInt = 16, UHugeInt = 32,
    Varchar = 17, Blob = 18, Decimal = 19, TimestampS = 20, TimestampMs = 21, TimestampNs = 22,
    Enum = 23, List = 24, Struct = 25, Map = 26, Array = 33, Uuid = 27, Union = 28, Bit = 29,
    TimeTz = 30, TimestampTz = 31, Any = 34, BigNum = 35, SqlNull = 36,
}

/// <summary>duckdb_result: 48 bytes, owned by the caller, freed with duckdb_destroy_result.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct DuckDbResult
{
    public ulong DeprecatedColumnCount;
    public ulong DeprecatedRowCount;
    public ulong DeprecatedRowsChanged;
    public IntPtr DeprecatedColumns;
    public IntPtr DeprecatedErrorMessage;
    public IntPtr InternalData;
}

/// <summary>duckdb_hugeint: two 64-bit halves (8-byte aligned, unlike .NET's Int128).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct DuckDbHugeInt
{
    public ulong Lower;
    public long Upper;

    public static DuckDbHugeInt From(Int128 value) => new() { Lower = (ulong)value, Upper = (long)(value >> 64) };
    public readonly Int128 ToInt128() => new((ulong)Upper, Lower);
}

/// <summary>duckdb_decimal: width, scale and the unscaled value.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct DuckDbDecimal
{
    public byte Width;
    public byte Scale;
    public DuckDbHugeInt Value;
}

/// <summary>duckdb_date: days since 1970-01-01.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct DuckDbDate { public int Days; }

/// <summary>duckdb_timestamp: microseconds since 1970-01-01 00:00:00.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct DuckDbTimestamp { public long Micros; }

/// <summary>duckdb_list_entry: a list row's slice of the child vector.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct DuckDbListEntry
{
    public ulong Offset;
    public ulong Length;
}

/// <summary>
/// duckdb_string_t, 16 bytes: a 4-byte length, then either up to 12 inline bytes,
/// or a 4-byte prefix and a pointer to the bytes.
/// </summary>
[StructLayout(LayoutKind.Sequential, Size = 16)]
internal unsafe struct DuckDbString
{
    public const int InlineLength = 12;
    public uint Length;

    public static ReadOnlySpan<byte> Bytes(DuckDbString* s) => s->Length <= InlineLength
        ? new ReadOnlySpan<byte>((byte*)s + 4, (int)s->Length)
        : new ReadOnlySpan<byte>(*(byte**)((byte*)s + 8), (int)s->Length);
}
