namespace Analytics.Pipeline.Extract.Results;

/// <summary>Every message the results readers give, in one place (file and line travel in the Finding).</summary>
internal static class ResultsErrors
{
    public static string NotIndexed(string index, string reason) =>
        $"index '{index}' is not the SIPAS or the PAR INDEX ({reason}): row kept out of the observations";
    public static string UnknownIndex(string index) =>
        $"index '{index}' is not known (expected SIPAS, SIPAS (tỉnh), Chỉ số hài lòng (tỉnh) or PAR INDEX): row kept out of the observations";
    public static string FieldCount(int found, int expected) => $"row has {found} fields, expected {expected}: row not read";
    public static string BadYear(string text) => $"year '{text}' is not a year: row not read";
    public static string BadValue(string header, string text) => $"value '{text}' in column '{header}' is not a percentage: cell not read";
    public static string ValueOutOfRange(string header, string text) => $"value '{text}' in column '{header}' is outside 0–100: cell not read";
    public static string BadRank(string header, string text) => $"rank '{text}' in column '{header}' is not a rank: cell not read";
    public static string RankBeyond(int rank, int rankOf) => $"rank {rank} is beyond its total {rankOf}: row not read";
    public static string UnknownCriterion(string text) => $"criterion '{text}' is not in the criteria glossary: row not read";
    public static string UnknownProvince(string text) => $"province '{text}' is not in the provinces glossary: row not read";
    public static string UnknownScope(string text) => $"scope '{text}' is not one of province, national, department, vertical_agency, district: row not read";
    public static string NationalUnit(string text) => $"national row '{text}' is neither an average nor a maximum/minimum across provinces: row not read";
    public static string NothingToRecord(string notes) =>
        $"row gives neither a value nor a rank, nothing to record{(notes.Length > 0 ? $" (notes: {notes})" : "")}: row kept out of the observations";
    public static string NotUtf8 => "file is not UTF-8 text (save it as CSV UTF-8)";
    public static string Empty => "file is empty";
    public static string NotATable =>
        "not a results table: no header row naming the units ('Đơn vị') and at least one criterion, 'Chỉ số hài lòng' or 'Xếp hạng' column";
    public static string NotXlsx(string reason) => $"not a readable .xlsx workbook: {reason}";
    public static string TooManyCells(int max, string where) =>
        $"the workbook holds more than {max:N0} cells (at {where}), more than any results table: reading stopped, nothing loaded; split the file";
    public static string TooManyChars(long max, string where) =>
        $"the workbook's text passes {max:N0} characters (at {where}), more than any results table: reading stopped, nothing loaded";
    public static string TooManyRows(int max, string where) =>
        $"the workbook holds more than {max:N0} rows (at {where}), more than any results table: reading stopped, nothing loaded";
    public static string TooManyMerges(int max, string where) =>
        $"the workbook holds more than {max:N0} merged ranges (at {where}): reading stopped, nothing loaded";
    public static string SheetNotATable(string sheet) => $"sheet '{sheet}' holds no results table: sheet not read";
    public static string FormulaWithoutValue(string cell) => $"cell {cell} has a formula but no cached value (open and save the file in Excel): cell read as empty";
    public static string ErrorCell(string cell, string error) => $"cell {cell} holds the error {error}: cell read as empty";
    public static string NoProvince => "the title names no province and none was given: give the province (e.g. --province \"Khánh Hòa\")";
    public static string NoYear => "the title names no year and none was given: give the survey year (e.g. --year 2024)";
    public static string UnnamedCriterion(string header) => $"column '{header}' names no known criterion: its values are not read";
    public static string UnknownColumn(string header) => $"column '{header}' is not a criterion, an index or a rank: not read";
    public static string RepeatedColumn(string header, string criterion) => $"column '{header}' repeats the {criterion} column: not read";
    public static string NoUnit => "row has values but no unit name: row not read";
    public static string RankDisagrees(string unit, string criterion, int published, int computed, int n) =>
        $"published rank {published} of {unit} on {criterion} differs from the rank computed from the values of the complete table: {computed} of {n}";
}
