using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Analytics.Pipeline.Export.Files;

/// <summary>The few paragraph styles the report uses: Normal (Times New Roman 13 pt, as Vietnamese reports are set),
/// headings, captions and a grid table.</summary>
internal static class DocxStyles
{
    public const string Heading1 = "Heading1", Heading2 = "Heading2", Caption = "Caption", Note = "Note", Grid = "TableGrid";

    public static void Add(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman" },
                new FontSize { Val = "26" }, new Languages { Val = "vi-VN" }))),
            Paragraph("Normal", "Normal", null, new SpacingBetweenLines { After = "120" }),
            Paragraph(Heading1, "heading 1", new RunProperties(new Bold(), new FontSize { Val = "32" }),
                new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = 0 }),
            Paragraph(Heading2, "heading 2", new RunProperties(new Bold(), new FontSize { Val = "28" }),
                new KeepNext(), new SpacingBetweenLines { Before = "200", After = "80" }, new OutlineLevel { Val = 1 }),
            Paragraph(Caption, "caption", new RunProperties(new Bold(), new FontSize { Val = "24" }),
                new KeepNext(), new SpacingBetweenLines { Before = "60", After = "60" }, new Justification { Val = JustificationValues.Center }),
            Paragraph(Note, "Note", new RunProperties(new Italic(), new FontSize { Val = "22" }), new SpacingBetweenLines { After = "240" }),
            new Style(
                new StyleName { Val = "Table Grid" },
                new StyleTableProperties(new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                    new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })))
            { Type = StyleValues.Table, StyleId = Grid });
    }

    private static Style Paragraph(string id, string name, RunProperties? run, params DocumentFormat.OpenXml.OpenXmlElement[] paragraph)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (id != "Normal") style.Append(new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" });
        style.Append(new StyleParagraphProperties(paragraph));
        if (run is not null) style.Append(new StyleRunProperties(run.ChildElements.Select(e => e.CloneNode(true))));
        return style;
    }
}
