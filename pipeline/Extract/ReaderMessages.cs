namespace Analytics.Pipeline.Extract;

/// <summary>Messages of the file-level checks, in one place.</summary>
public static class ReaderMessages
{
    public const string Empty = "empty file";
    public const string NotUtf8 = "not valid UTF-8 text (legacy encodings such as Windows-1258 or TCVN3 are not read: save the file as UTF-8)";
    public const string Binary = "binary content (NUL bytes) in a text file";
    public const string NothingRecognised = "no figures, targets or tasks recognised: not a plan or results document";

    public static string Unsupported(string ext) =>
        $"unsupported file type '{(ext.Length == 0 ? "(none)" : ext)}': supported are {string.Join(", ", DocumentReader.Supported)} (save .doc/.pdf as .docx or .txt)";

    public static string NotZip(string ext) => $"not a valid {ext} file (an Office document is a ZIP package)";
}
