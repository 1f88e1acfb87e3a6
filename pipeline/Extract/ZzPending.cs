// TEMPORARY: lets main compile until DocxText lands from the plans branch; goes when it merges.
namespace Analytics.Pipeline.Extract { public static class DocxText { public static IReadOnlyList<string> ReadLines(Stream s) => []; } }
