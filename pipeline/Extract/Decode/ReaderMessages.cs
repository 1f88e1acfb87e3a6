namespace Analytics.Pipeline.Extract.Decode;

/// <summary>Messages of the file-level checks and of reading a .docx, in one place.</summary>
public static class ReaderMessages
{
    public const string Empty = "empty file";
    public const string NotUtf8 = "not valid UTF-8 text (legacy encodings such as Windows-1258 or TCVN3 are not read: save the file as UTF-8)";
    public const string Binary = "binary content (NUL bytes) in a text file";
    public const string NothingRecognised = "no figures, targets or tasks recognised: not a plan or results document";

    public static string Unsupported(string ext, IEnumerable<string> supported) =>
        $"unsupported file type '{(ext.Length == 0 ? "(none)" : ext)}': supported are {string.Join(", ", supported)}";

    public static string TextTooLarge(long bytes, long max) =>
        $"the text is {bytes / 1048576.0:0.0} MB, more than any plan or results table ({max / 1048576} MB at most): refused; split the file";

    public static string ZipTooManyEntries(int n) => $"the package holds {n} parts, more than a document has: refused";
    public static string ZipTooLarge(long max) => $"the package would expand beyond {max / 1048576} MB (a zip bomb?): refused";
    public static string ZipRatio(string part) => $"part '{part}' is compressed beyond any real document's ratio (a zip bomb?): refused";
    public static string ZipCorrupt(string why) => $"the package is damaged: {why}";
    public static string Internal(string why) => $"the document could not be read (internal error: {why}); nothing was loaded";
    public const string TooSlow = "reading the document took too long (a pattern ran away on its text); nothing was loaded";

    public static string NotZip(string ext) => $"not a valid {ext} file (an Office document is a ZIP package)";

    public const string DocxNoBody = "the .docx has no document body";

    public static string DocxUnreadable(string reason) => $"the .docx cannot be read: {reason}";

    public static string DocxTooLarge(long limit) => $"the .docx text is larger than {limit:N0} characters; reading stopped there";

    public static string DocxTooManyLines(int limit) =>
        $"the .docx holds more than {limit:N0} paragraphs and table rows, more than any plan or results table; reading stopped there";
}
