using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Analytics.Pipeline.Export.Charts;

namespace Analytics.Pipeline.Export.Files;

/// <summary>The sample database's mark in a Word document: a bold first paragraph and the header of every page.</summary>
internal static class DocxMark
{
    /// <summary>Adds the mark (nothing when null): call before the body's other content and its section properties.</summary>
    public static void Add(MainDocumentPart main, Body body, string? mark)
    {
        if (mark is null) return;
        body.Append(Bold(mark));
        var header = main.AddNewPart<HeaderPart>();
        header.Header = new Header(Bold(mark));
        header.Header.Save();
    }

    /// <summary>The section properties with the mark's page header, when <see cref="Add"/> added one.</summary>
    public static SectionProperties Section(MainDocumentPart main, SectionProperties section)
    {
        var header = main.HeaderParts.FirstOrDefault();
        if (header is not null)
            section.PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) });
        return section;
    }

    private static Paragraph Bold(string text) => new(new Run(new RunProperties(new Bold(), new Color { Val = "C00000" }),
        new Text(DisplayText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve }));
}
