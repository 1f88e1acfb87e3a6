using Microsoft.Win32.SafeHandles;

namespace Analytics.Pipeline.Store.Native;

// Owning handles: each frees its native object exactly once with the matching duckdb_destroy_* call.

internal sealed class DatabaseHandle() : SafeHandleZeroOrMinusOneIsInvalid(true)
{
    protected override bool ReleaseHandle() { var h = handle; DuckDbNative.duckdb_close(ref h); return true; }
}

internal sealed class ConnectionHandle() : SafeHandleZeroOrMinusOneIsInvalid(true)
{
    protected override bool ReleaseHandle() { var h = handle; DuckDbNative.duckdb_disconnect(ref h); return true; }
}

internal sealed class ConfigHandle() : SafeHandleZeroOrMinusOneIsInvalid(true)
{
    protected override bool ReleaseHandle() { var h = handle; DuckDbNative.duckdb_destroy_config(ref h); return true; }
}

internal sealed class InstanceCacheHandle() : SafeHandleZeroOrMinusOneIsInvalid(true)
{
    protected override bool ReleaseHandle() { var h = handle; DuckDbNative.duckdb_destroy_instance_cache(ref h); return true; }
}

internal sealed class PreparedStatementHandle() : SafeHandleZeroOrMinusOneIsInvalid(true)
{
    protected override bool ReleaseHandle() { var h = handle; DuckDbNative.duckdb_destroy_prepare(ref h); return true; }
}

internal sealed class DataChunkHandle() : SafeHandleZeroOrMinusOneIsInvalid(true)
{
    protected override bool ReleaseHandle() { var h = handle; DuckDbNative.duckdb_destroy_data_chunk(ref h); return true; }
}

internal sealed class LogicalTypeHandle() : SafeHandleZeroOrMinusOneIsInvalid(true)
{
    protected override bool ReleaseHandle() { var h = handle; DuckDbNative.duckdb_destroy_logical_type(ref h); return true; }
}

internal sealed class ValueHandle() : SafeHandleZeroOrMinusOneIsInvalid(true)
{
    protected override bool ReleaseHandle() { var h = handle; DuckDbNative.duckdb_destroy_value(ref h); return true; }
}

internal sealed class AppenderHandle() : SafeHandleZeroOrMinusOneIsInvalid(true)
{
    protected override bool ReleaseHandle() { var h = handle; DuckDbNative.duckdb_appender_destroy(ref h); return true; }
}
