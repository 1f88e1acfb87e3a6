namespace Analytics.Pipeline.Extract.Decode;

/// <summary>Messages of the file-level checks, in one place.</summary>
public static class ReaderMessages
{
    public const string Empty = "empty file";
    public const string NotUtf8 = "not valid UTF-8 text (legacy encodings such as Windows-1258 or TCVN3 are not read: save the file as UTF-8)";
    public const string Binary = "binary content (NUL bytes) in a text file";
    public const string NothingRecognised = "no figures, targets or tasks recognised: not a plan or results document";

    public static string Unsupported(string ext) =>
        $"unsupported file type '{(ext.Length == 0 ? "(none)" : ext)}': supported are {string.Join(", ", DocumentReader.Supported)}";

    public static string TextTooLarge(long bytes, long max) =>
        $"the text is {bytes / 1048576.0:0.0} MB, more than any plan or results table ({max / 1048576} MB at most): refused; split the file";

    public static string ZipTooManyEntries(int n) => $"the package holds {n} parts, more than a document has: refused";
    public static string ZipTooLarge(long max) => $"the package would expand beyond {max / 1048576} MB (a zip bomb?): refused";
    public static string ZipRatio(string part) => $"part '{part}' is compressed beyond any real document's ratio (a zip bomb?): refused";
    public static string ZipCorrupt(string why) => $"the package is damaged: {why}";
    public static string Internal(string why) => $"the document could not be read (internal error: {why}); nothing was loaded";
    public const string TooSlow = "reading the document took too long (a pattern ran away on its text); nothing was loaded";

    public static string NotZip(string ext) => $"not a valid {ext} file (an Office document is a ZIP package)";
}
