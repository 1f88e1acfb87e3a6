namespace Analytics.Pipeline.Extract.Decode;

/// <summary>
/// Legacy Word 97–2003 (.doc) as text, by antiword (Debian package antiword) as a child process: UTF-8, a paragraph per
/// line, tables as "|cell|cell|" rows (which the table reader takes like Markdown). When antiword cannot read the file
/// (e.g. a Word 6/95 file), catdoc (package catdoc, tables as tab-separated rows) is tried, with a note. The text taken
/// is bounded like a .docx's (<see cref="DecodeLimits.MaxDocChars"/>): a piece table can repeat one run of text without
/// end, and the converter is stopped there.
/// </summary>
internal static class DocText
{
    public const string Tool = "antiword", Package = "antiword", Fallback = "catdoc";

    public static Decoded Read(string file, byte[] bytes)
    {
        var dir = Directory.CreateTempSubdirectory("analytics-doc-");
        try
        {
            var path = Path.Combine(dir.FullName, "input.doc");
            File.WriteAllBytes(path, bytes);
            var r = ChildProcess.Run(Tool, ["-m", "UTF-8.txt", "-w", "0", path], DecodeLimits.ConvertTime, maxOutput: DecodeLimits.MaxDocChars);
            if (r.Ok) return Decoded.Plain(Lines(r.Stdout));
            if (r.TimedOut) return Decoded.Fail(DecodeMessages.TimedOut(file, Tool, DecodeLimits.ConvertTime));
            if (r.TooMuchOutput) return Decoded.Fail(DecodeMessages.DocTooLarge(file, DecodeLimits.MaxDocChars));
            var c = ChildProcess.Run(Fallback, ["-d", "utf-8", "-w", path], DecodeLimits.ConvertTime, maxOutput: DecodeLimits.MaxDocChars);
            if (c.TooMuchOutput) return Decoded.Fail(DecodeMessages.DocTooLarge(file, DecodeLimits.MaxDocChars));
            if (c.Ok && c.Stdout.Trim().Length > 0) return Decoded.Plain(Lines(c.Stdout)) with { Notes = [DecodeMessages.DocFallback] };
            if (r.Missing && c.Missing) return Decoded.Fail(DecodeMessages.ToolMissing(file, Tool, Package));
            return Decoded.Fail(DecodeMessages.DocUnreadable(file, (r.Missing ? c.Why : r.Why).Replace(path, file)));
        }
        finally
        {
            try { dir.Delete(recursive: true); }
            catch (IOException) { } // the system cleans /tmp
        }
    }

    private static IEnumerable<string> Lines(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
}
