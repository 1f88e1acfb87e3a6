using System.Collections;
using Analytics.Pipeline.Store.Native;
using static Analytics.Pipeline.Store.Native.DuckDbNative;

namespace Analytics.Pipeline.Store;

/// <summary>Binds .NET values to a prepared statement's $1..$n with duckdb_bind_*.</summary>
internal static unsafe class Parameters
{
    public static void Bind(PreparedStatementHandle statement, string sql, object?[] args)
    {
        var expected = (int)duckdb_nparams(statement);
        if (expected != args.Length)
            throw new DuckDbException($"The statement takes {expected} parameter(s) but {args.Length} value(s) were given.", sql);
        for (var i = 0; i < args.Length; i++)
        {
            var index = (ulong)i + 1;
            DuckDbState state;
            try { state = BindOne(statement, index, args[i]); }
            catch (Exception e) when (e is not DuckDbException)
            {
                throw new DuckDbException($"Cannot bind parameter ${index} ({NativeValue.Describe(args[i])}): {e.Message}", sql, e);
            }
            if (state != DuckDbState.Success)
                throw new DuckDbException($"DuckDB rejected parameter ${index} ({NativeValue.Describe(args[i])}).", sql);
        }
    }

    private static DuckDbState BindOne(PreparedStatementHandle s, ulong i, object? value) => value switch
    {
        null or DBNull => duckdb_bind_null(s, i),
        string text => BindVarchar(s, i, text),
        bool b => duckdb_bind_boolean(s, i, b),
        byte or sbyte or short or ushort or int => duckdb_bind_int32(s, i, Convert.ToInt32(value)),
        uint or long => duckdb_bind_int64(s, i, Convert.ToInt64(value)),
        float f => duckdb_bind_float(s, i, f),
        double d => duckdb_bind_double(s, i, d),
        decimal m => duckdb_bind_decimal(s, i, NativeValue.Decimal(m)),
        DateOnly date => duckdb_bind_date(s, i, NativeValue.Date(date)),
        DateTime time => duckdb_bind_timestamp(s, i, NativeValue.Timestamp(time)),
        IEnumerable items => BindValue(s, i, NativeValue.List(items)),
        _ => throw new DuckDbException($"Parameter ${i} has a type the binding does not support: {value.GetType().Name}."),
    };

    private static DuckDbState BindVarchar(PreparedStatementHandle s, ulong i, string text)
    {
        var bytes = Utf8Text.Encode(text, out var length);
        fixed (byte* p = bytes) return duckdb_bind_varchar_length(s, i, p, (ulong)length);
    }

    private static DuckDbState BindValue(PreparedStatementHandle s, ulong i, ValueHandle value)
    {
        using (value) return duckdb_bind_value(s, i, value);
    }
}
