using System.Text;
using System.Text.RegularExpressions;

namespace Analytics.Tests.Security;

/// <summary>
/// A rule of code that must not be written: a pattern over source with its comments blanked, and why. Confirm, when
/// given, must also hold for the matched text (to tell SQL from prose that happens to hold a keyword).
/// </summary>
public sealed record CodeRule(string Name, Regex Pattern, string Why, Func<string, bool>? Confirm = null);

/// <summary>A justified exception to a rule: the file (path from the repository root), the rule, a piece of the offending line, the reason.</summary>
public sealed record Allowed(string File, string Rule, string LineContains, string Reason);

public sealed record Violation(string File, int Line, string Rule, string Text)
{
    public override string ToString() => $"{File}:{Line}: {Rule}: {Text}";
}

/// <summary>
/// The one helper for rules that scan the source (ScottPlot's forbidden-code tests as the model): files in, rules and
/// allowances applied, violations out with file and line. Comments are blanked first, so a rule's words in a comment
/// never count, and line numbers stay those of the file.
/// </summary>
public static class ForbiddenCode
{
    public static (IReadOnlyList<Violation> Violations, IReadOnlyList<Allowed> Unused) Scan(
        IEnumerable<(string Path, string Text)> files, IEnumerable<CodeRule> rules, IEnumerable<Allowed> allowed)
    {
        var allowances = allowed.ToList();
        var used = new HashSet<Allowed>();
        var violations = new List<Violation>();
        var ruleList = rules.ToList();
        foreach (var (path, text) in files)
        {
            var code = WithoutComments(text, path.EndsWith(".razor", StringComparison.Ordinal));
            var lines = text.Split('\n');
            foreach (var rule in ruleList)
                foreach (Match m in rule.Pattern.Matches(code))
                {
                    if (rule.Confirm is { } confirm && !confirm(m.Value)) continue;
                    var line = code.AsSpan(0, m.Index).Count('\n') + 1;
                    var source = lines[line - 1].Trim();
                    var allowance = allowances.FirstOrDefault(a => a.File == path && a.Rule == rule.Name && source.Contains(a.LineContains, StringComparison.Ordinal));
                    if (allowance is not null) used.Add(allowance);
                    else violations.Add(new Violation(path, line, rule.Name, source));
                }
        }
        return (violations, allowances.Where(a => !used.Contains(a)).ToList());
    }

    /// <summary>The files under <paramref name="root"/> matching "folder/**/*.ext" patterns, as (path from root with '/', text); build output skipped.</summary>
    public static IEnumerable<(string Path, string Text)> Files(string root, params string[] patterns)
    {
        foreach (var pattern in patterns)
        {
            var folder = pattern[..pattern.IndexOf("/**/", StringComparison.Ordinal)];
            var ext = pattern[(pattern.LastIndexOf('*') + 1)..];
            var dir = Path.Combine(root, folder);
            if (!Directory.Exists(dir)) continue;
            foreach (var file in Directory.EnumerateFiles(dir, "*" + ext, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                if (relative.Split('/').Any(p => p is "bin" or "obj")) continue;
                yield return (relative, File.ReadAllText(file));
            }
        }
    }

    /// <summary>The text with // and /* */ comments (and @* *@ in Razor) replaced by spaces; strings and line breaks kept.</summary>
    public static string WithoutComments(string text, bool razor = false)
    {
        var sb = new StringBuilder(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (c == '"') i = StringEnd(text, i);
            else if (c == '\'' && i + 2 < text.Length) i = text[i + 1] == '\\' ? text.IndexOf('\'', i + 3) is var e and >= 0 ? e : i : i + 2;
            else if (c == '/' && next == '/') i = Blank(sb, text, i, text.IndexOf('\n', i) is var e and >= 0 ? e : text.Length);
            else if (c == '/' && next == '*') i = Blank(sb, text, i, text.IndexOf("*/", i + 2, StringComparison.Ordinal) is var e and >= 0 ? e + 2 : text.Length);
            else if (razor && c == '@' && next == '*') i = Blank(sb, text, i, text.IndexOf("*@", i + 2, StringComparison.Ordinal) is var e and >= 0 ? e + 2 : text.Length);
        }
        return sb.ToString();
    }

    // The index of a string literal's closing quote: regular ("\""), verbatim (@"""") or raw ("""…""").
    private static int StringEnd(string text, int open)
    {
        if (text.AsSpan(open).StartsWith("\"\"\"")) return text.IndexOf("\"\"\"", open + 3, StringComparison.Ordinal) is var r and >= 0 ? r + 2 : text.Length;
        var verbatim = open > 0 && (text[open - 1] == '@' || (open > 1 && text[open - 2] == '@'));
        for (var i = open + 1; i < text.Length; i++)
        {
            if (!verbatim && text[i] == '\\') { i++; continue; }
            if (text[i] == '\n' && !verbatim) return i;
            if (text[i] != '"') continue;
            if (verbatim && i + 1 < text.Length && text[i + 1] == '"') { i++; continue; }
            return i;
        }
        return text.Length;
    }

    private static int Blank(StringBuilder sb, string text, int from, int to)
    {
        for (var i = from; i < to; i++) if (text[i] != '\n') sb[i] = ' ';
        return to - 1;
    }
}
