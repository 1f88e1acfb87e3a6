using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Analytics.Pipeline.Export.Files;

/// <summary>A PNG placed inline in a Word body at a print width, its height from the PNG's own aspect ratio.</summary>
internal static class DocxImage
{
    private const long EmuPerCm = 360000;

    /// <summary>Width and height in EMU for a PNG shown <paramref name="widthCm"/> wide.</summary>
    public static (long Cx, long Cy) Extent(byte[] png, double widthCm)
    {
        var (w, h) = ChartPng.Size(png);
        var cx = (long)Math.Round(widthCm * EmuPerCm);
        return (cx, (long)Math.Round((double)cx * h / w));
    }

    /// <summary>A centred paragraph holding the image; <paramref name="altText"/> is read out by screen readers.</summary>
    public static Paragraph Paragraph(MainDocumentPart main, byte[] png, double widthCm, uint id, string name, string altText)
    {
        var part = main.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(png)) part.FeedData(stream);
        var (cx, cy) = Extent(png, widthCm);
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = id, Name = name, Description = altText },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(Picture(main.GetIdOfPart(part), cx, cy, id, name))
                { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0 };
        return new Paragraph(
            new ParagraphProperties(new KeepNext(), new Justification { Val = JustificationValues.Center }),
            new Run(new Drawing(inline)));
    }

    private static PIC.Picture Picture(string relationship, long cx, long cy, uint id, string name) => new(
        new PIC.NonVisualPictureProperties(
            new PIC.NonVisualDrawingProperties { Id = id, Name = name + ".png" },
            new PIC.NonVisualPictureDrawingProperties()),
        new PIC.BlipFill(new A.Blip { Embed = relationship }, new A.Stretch(new A.FillRectangle())),
        new PIC.ShapeProperties(
            new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
            new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
}
