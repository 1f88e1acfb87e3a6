using Microsoft.AspNetCore.Components;

namespace Analytics.Dashboard.Components.Shared;

/// <summary>A column of a <see cref="SortTable"/>: its class, header and cell; <see cref="SortKey"/>: the `sort` key
/// it orders by (null: not sortable); <see cref="RowHeader"/>: its cells name their row (th scope="row").</summary>
public sealed record GridColumn(string Class, RenderFragment Header, Func<GridRow, RenderFragment> Cell, string? SortKey = null,
    bool RowHeader = false);
