// TEMPORARY: a minimal stand-in for Analytics.Pipeline.Store (DuckDb/Connection/Row) so the dashboard can be built
// and tested before the real binding lands on main. DELETE THIS FILE when merging main brings pipeline/Store.
using System.Globalization;
using System.Runtime.InteropServices;

namespace Analytics.Pipeline.Store;

public sealed class DuckDbException(string message) : Exception(message);

public sealed class DuckDb : IDisposable
{
    private IntPtr handle;
    private DuckDb(IntPtr h) => handle = h;

    public static DuckDb Open(string path, bool readOnly)
    {
        _ = readOnly;
        if (Native.duckdb_open(path, out var h) != 0) throw new DuckDbException($"cannot open {path}");
        return new DuckDb(h);
    }

    public Connection Connect()
    {
        if (Native.duckdb_connect(handle, out var c) != 0) throw new DuckDbException("cannot connect");
        return new Connection(c);
    }

    public void Dispose() { if (handle != IntPtr.Zero) Native.duckdb_close(ref handle); }
}

public sealed class Connection : IDisposable
{
    private IntPtr handle;
    internal Connection(IntPtr h) => handle = h;

    public void Execute(string sql, params object?[] args) => Run(sql, args, _ => 0);

    public Appender Appender(string table) => new(this, table);

    public List<T> Query<T>(string sql, Func<Row, T> map, params object?[] args) => Run(sql, args, r =>
    {
        var list = new List<T>();
        var n = (long)Native.duckdb_row_count(ref r.Result);
        for (var i = 0; i < n; i++) { r.Index = i; list.Add(map(r)); }
        return list;
    });

    public T? Scalar<T>(string sql, params object?[] args) =>
        Query(sql, r => r.IsNull(0) ? default : (T)Convert.ChangeType(r.Raw(0)!, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), CultureInfo.InvariantCulture), args).FirstOrDefault();

    private TR Run<TR>(string sql, object?[] args, Func<Row, TR> read)
    {
        if (Native.duckdb_prepare(handle, sql, out var prep) != 0)
        {
            var err = Marshal.PtrToStringUTF8(Native.duckdb_prepare_error(prep));
            Native.duckdb_destroy_prepare(ref prep);
            throw new DuckDbException(err ?? "prepare failed");
        }
        try
        {
            for (var i = 0; i < args.Length; i++) Bind(prep, (ulong)i + 1, args[i]);
            var row = new Row();
            if (Native.duckdb_execute_prepared(prep, out row.Result) != 0)
            {
                var err = Marshal.PtrToStringUTF8(Native.duckdb_result_error(ref row.Result));
                Native.duckdb_destroy_result(ref row.Result);
                throw new DuckDbException(err ?? "query failed");
            }
            try { return read(row); } finally { Native.duckdb_destroy_result(ref row.Result); }
        }
        finally { Native.duckdb_destroy_prepare(ref prep); }
    }

    private static void Bind(IntPtr p, ulong i, object? v)
    {
        var state = v switch
        {
            null => Native.duckdb_bind_null(p, i),
            string s => Native.duckdb_bind_varchar(p, i, s),
            int n => Native.duckdb_bind_int64(p, i, n),
            long n => Native.duckdb_bind_int64(p, i, n),
            double d => Native.duckdb_bind_double(p, i, d),
            decimal d => Native.duckdb_bind_varchar(p, i, d.ToString(CultureInfo.InvariantCulture)),
            bool b => Native.duckdb_bind_boolean(p, i, b),
            DateOnly d => Native.duckdb_bind_varchar(p, i, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            IEnumerable<string> list => BindList(p, i, list),
            _ => throw new DuckDbException($"cannot bind {v.GetType()}"),
        };
        if (state != 0) throw new DuckDbException($"cannot bind parameter {i}");
    }

    private static int BindList(IntPtr p, ulong i, IEnumerable<string> list)
    {
        var values = list.Select(Native.duckdb_create_varchar).ToArray();
        var type = Native.duckdb_create_logical_type(17);
        var value = Native.duckdb_create_list_value(type, values, (ulong)values.Length);
        var state = Native.duckdb_bind_value(p, i, value);
        Native.duckdb_destroy_value(ref value);
        for (var k = 0; k < values.Length; k++) Native.duckdb_destroy_value(ref values[k]);
        Native.duckdb_destroy_logical_type(ref type);
        return state;
    }

    public void Dispose() { if (handle != IntPtr.Zero) Native.duckdb_disconnect(ref handle); }
}

public sealed class Appender(Connection con, string table) : IDisposable
{
    public void Row(params object?[] values) => con.Execute(
        $"insert into \"{table}\" values ({string.Join(", ", values.Select((_, i) => "$" + (i + 1)))})", values);

    public void Dispose() { }
}

public sealed class Row
{
    internal Native.Result Result;
    internal int Index;
    private Dictionary<string, int>? columns;

    private int Col(string name)
    {
        columns ??= Enumerable.Range(0, (int)Native.duckdb_column_count(ref Result))
            .ToDictionary(c => Marshal.PtrToStringUTF8(Native.duckdb_column_name(ref Result, (ulong)c))!, c => c);
        return columns.TryGetValue(name, out var c) ? c : throw new DuckDbException($"no column {name}");
    }

    internal bool IsNull(int c) => Native.duckdb_value_is_null(ref Result, (ulong)c, (ulong)Index);

    internal string? Raw(int c)
    {
        if (IsNull(c)) return null;
        var p = Native.duckdb_value_varchar(ref Result, (ulong)c, (ulong)Index);
        try { return Marshal.PtrToStringUTF8(p); } finally { Native.duckdb_free(p); }
    }

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    public string? String(string n) => Raw(Col(n));
    public string? String(int c) => Raw(c);
    public decimal? Decimal(string n) => Raw(Col(n)) is { } s ? decimal.Parse(s, Inv) : null;
    public double? Double(string n) => Raw(Col(n)) is { } s ? double.Parse(s, Inv) : null;
    public int? Int(string n) => Raw(Col(n)) is { } s ? int.Parse(s, Inv) : null;
    public long? Long(string n) => Raw(Col(n)) is { } s ? long.Parse(s, Inv) : null;
    public bool? Bool(string n) => Raw(Col(n)) is { } s ? s == "true" : null;
    public DateOnly? Date(string n) => Raw(Col(n)) is { } s ? DateOnly.Parse(s, Inv) : null;
    public List<string>? StringList(string n) => Raw(Col(n)) is { } s
        ? s.Trim('[', ']').Split(", ", StringSplitOptions.RemoveEmptyEntries).ToList() : null;
}

internal static class Native
{
    private const string Lib = "duckdb";

    [StructLayout(LayoutKind.Sequential)]
    internal struct Result { public ulong A, B, C; public IntPtr D, E, F; }

    [DllImport(Lib)] internal static extern int duckdb_open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out IntPtr db);
    [DllImport(Lib)] internal static extern void duckdb_close(ref IntPtr db);
    [DllImport(Lib)] internal static extern int duckdb_connect(IntPtr db, out IntPtr con);
    [DllImport(Lib)] internal static extern void duckdb_disconnect(ref IntPtr con);
    [DllImport(Lib)] internal static extern int duckdb_prepare(IntPtr con, [MarshalAs(UnmanagedType.LPUTF8Str)] string sql, out IntPtr prep);
    [DllImport(Lib)] internal static extern IntPtr duckdb_prepare_error(IntPtr prep);
    [DllImport(Lib)] internal static extern void duckdb_destroy_prepare(ref IntPtr prep);
    [DllImport(Lib)] internal static extern int duckdb_bind_null(IntPtr p, ulong i);
    [DllImport(Lib)] internal static extern int duckdb_bind_varchar(IntPtr p, ulong i, [MarshalAs(UnmanagedType.LPUTF8Str)] string v);
    [DllImport(Lib)] internal static extern int duckdb_bind_int64(IntPtr p, ulong i, long v);
    [DllImport(Lib)] internal static extern int duckdb_bind_double(IntPtr p, ulong i, double v);
    [DllImport(Lib)] internal static extern int duckdb_bind_boolean(IntPtr p, ulong i, [MarshalAs(UnmanagedType.U1)] bool v);
    [DllImport(Lib)] internal static extern int duckdb_bind_value(IntPtr p, ulong i, IntPtr v);
    [DllImport(Lib)] internal static extern IntPtr duckdb_create_varchar([MarshalAs(UnmanagedType.LPUTF8Str)] string v);
    [DllImport(Lib)] internal static extern IntPtr duckdb_create_logical_type(int type);
    [DllImport(Lib)] internal static extern void duckdb_destroy_logical_type(ref IntPtr t);
    [DllImport(Lib)] internal static extern IntPtr duckdb_create_list_value(IntPtr type, IntPtr[] values, ulong n);
    [DllImport(Lib)] internal static extern void duckdb_destroy_value(ref IntPtr v);
    [DllImport(Lib)] internal static extern int duckdb_execute_prepared(IntPtr p, out Result r);
    [DllImport(Lib)] internal static extern IntPtr duckdb_result_error(ref Result r);
    [DllImport(Lib)] internal static extern void duckdb_destroy_result(ref Result r);
    [DllImport(Lib)] internal static extern ulong duckdb_column_count(ref Result r);
    [DllImport(Lib)] internal static extern ulong duckdb_row_count(ref Result r);
    [DllImport(Lib)] internal static extern IntPtr duckdb_column_name(ref Result r, ulong c);
    [DllImport(Lib)] [return: MarshalAs(UnmanagedType.U1)] internal static extern bool duckdb_value_is_null(ref Result r, ulong c, ulong row);
    [DllImport(Lib)] internal static extern IntPtr duckdb_value_varchar(ref Result r, ulong c, ulong row);
    [DllImport(Lib)] internal static extern void duckdb_free(IntPtr p);
}
