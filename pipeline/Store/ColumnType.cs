using Analytics.Pipeline.Store.Native;
using static Analytics.Pipeline.Store.Native.DuckDbNative;

namespace Analytics.Pipeline.Store;

/// <summary>
/// What a result column holds: its type id, the physical storage for DECIMAL and ENUM,
/// DECIMAL width/scale, a LIST's element type, and an ENUM's dictionary.
/// </summary>
internal sealed record ColumnType(DuckDbType Id, DuckDbType Storage, byte Width, byte Scale, ColumnType? Child, string[]? Dictionary)
{
    public static ColumnType From(LogicalTypeHandle type)
    {
        var id = duckdb_get_type_id(type);
        return id switch
        {
            DuckDbType.Decimal => new(id, duckdb_decimal_internal_type(type), duckdb_decimal_width(type), duckdb_decimal_scale(type), null, null),
            DuckDbType.Enum => new(id, duckdb_enum_internal_type(type), 0, 0, null, EnumDictionary(type)),
            DuckDbType.List => new(id, id, 0, 0, ListChild(type), null),
            _ => new(id, id, 0, 0, null, null),
        };
    }

    public string Name => Id switch
    {
        DuckDbType.Decimal => $"DECIMAL({Width},{Scale})",
        DuckDbType.List => $"{Child!.Name}[]",
        _ => Id.ToString().ToUpperInvariant(),
    };

    private static ColumnType ListChild(LogicalTypeHandle type)
    {
        using var child = duckdb_list_type_child_type(type);
        return From(child);
    }

    private static string[] EnumDictionary(LogicalTypeHandle type)
    {
        var names = new string[duckdb_enum_dictionary_size(type)];
        for (var i = 0; i < names.Length; i++) names[i] = TakeUtf8(duckdb_enum_dictionary_value(type, (ulong)i)) ?? "";
        return names;
    }
}
