using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Analytics.Pipeline.Extract.Decode;

/// <summary>Why a page is not read: the page alone is left out (<see cref="Refused"/> false), or the whole document refused.</summary>
internal sealed record PdfVerdict(string Reason, bool Refused)
{
    public static PdfVerdict LeaveOut(string reason) => new(reason, false);
    public static PdfVerdict Refuse(string reason) => new(reason, true);
}

/// <summary>
/// What laying out a page costs PdfPig, measured before it does: the bytes of content it decodes and parses (its content
/// streams, and each form as many times as it is drawn) and a bound on the glyphs it lays out (bytes of strings shown).
/// Sums and products stop at <see cref="Over"/>, so a form drawn a million times inside one drawn a million times
/// cannot overflow.
/// </summary>
internal readonly record struct PdfCost(long Content, long Glyphs)
{
    private const long Cap = 1L << 40;

    /// <summary>Past every budget: a stream that inflates beyond what a page may decode.</summary>
    public static readonly PdfCost Over = new(Cap, Cap);

    public static PdfCost operator +(PdfCost a, PdfCost b) => new(Math.Min(Cap, a.Content + b.Content), Math.Min(Cap, a.Glyphs + b.Glyphs));

    public PdfCost Times(int n) => new(Mul(Content, n), Mul(Glyphs, n));

    private static long Mul(long a, int n) => n <= 0 ? 0 : a > Cap / n ? Cap : a * n;
}

/// <summary>
/// Measures each page of an open PDF before PdfPig lays it out, through the document's objects (never its layout): the
/// content streams inflated on a byte budget, the glyphs their strings can show, the forms they draw (times the draws),
/// the fonts' files inflated once each. <see cref="Check"/> says whether a page is read, left out (past a page's budgets)
/// or the document refused (past the document's budgets with the pages before it, or damaged; <see cref="DecodeLimits"/>).
/// </summary>
internal sealed class PdfBudget(string file, PdfDocument pdf)
{
    private readonly Dictionary<IndirectReference, PdfCost> forms = [];
    private readonly HashSet<IndirectReference> drawing = [], fontFiles = [];
    private List<(DictionaryToken Page, DictionaryToken? Resources)>? pages;
    private string? refused;

    /// <summary>The pages' costs so far (pages checked; a page left out counts the content measured to leave it out).</summary>
    public PdfCost Total { get; private set; }

    /// <summary>
    /// Page n: null to read it, <see cref="PdfVerdict.LeaveOut"/> when it alone passes a page's budget (the other pages
    /// are read), <see cref="PdfVerdict.Refuse"/> when the document cannot be read. A page left out is not laid out, but
    /// the content inflated to measure it (up to a page's budget) counts against the document's, so a thousand heavy pages
    /// still end the document at its budget.
    /// </summary>
    public PdfVerdict? Check(int n)
    {
        pages ??= PdfPageTree.Pages(pdf, Resolve);
        if (n > pages.Count) return PdfVerdict.Refuse(DecodeMessages.PdfDamaged(file, $"page {n} is not in its page tree"));
        var (page, resources) = pages[n - 1];
        var cost = Contents(page.Data.GetValueOrDefault("Contents"), resources);
        if (refused is not null) return PdfVerdict.Refuse(refused);
        var heavy = cost.Content > DecodeLimits.MaxPdfPageContentBytes ? DecodeMessages.PdfPageTooMuchContent(file, n, DecodeLimits.MaxPdfPageContentBytes)
            : cost.Glyphs > DecodeLimits.MaxPdfPageGlyphs ? DecodeMessages.PdfPageTooManyGlyphs(file, n, DecodeLimits.MaxPdfPageGlyphs)
            : null;
        Total += heavy is null ? cost : new PdfCost(Math.Min(cost.Content, DecodeLimits.MaxPdfPageContentBytes), 0);
        if (Total.Content > DecodeLimits.MaxPdfContentBytes) return PdfVerdict.Refuse(DecodeMessages.PdfTooMuchContent(file, n, DecodeLimits.MaxPdfContentBytes));
        if (Total.Glyphs > DecodeLimits.MaxPdfGlyphs) return PdfVerdict.Refuse(DecodeMessages.PdfTooManyGlyphs(file, n, DecodeLimits.MaxPdfGlyphs));
        return heavy is null ? null : PdfVerdict.LeaveOut(heavy);
    }

    private PdfCost Contents(IToken? contents, DictionaryToken? resources) => Resolve(contents) switch
    {
        StreamToken s => Stream(s, resources, 0),
        ArrayToken parts => parts.Data.Select(Resolve).OfType<StreamToken>().Aggregate(default(PdfCost), (sum, s) => sum + Stream(s, resources, 0)),
        _ => default,
    };

    private PdfCost Stream(StreamToken s, DictionaryToken? resources, int depth)
    {
        Fonts(resources);
        if (PdfInflate.Decode(s.Data, PdfInflate.Filters(s.StreamDictionary, Resolve), DecodeLimits.MaxPdfPageContentBytes) is not { } bytes)
            return PdfCost.Over;
        var draws = PdfDraws.Scan(bytes);
        var cost = new PdfCost(bytes.Length, draws.StringBytes);
        var xobjects = Resolve(resources?.Data.GetValueOrDefault("XObject")) as DictionaryToken;
        foreach (var (name, times) in draws.XObjects)
            if (xobjects?.Data.GetValueOrDefault(name) is IndirectReferenceToken r) cost += Form(r.Data, resources, depth).Times(times);
        return cost;
    }

    // A form's cost once, however often it is drawn; a form drawing itself, or nested past PdfPig's sane depth, is refused.
    private PdfCost Form(IndirectReference r, DictionaryToken? outer, int depth)
    {
        if (forms.TryGetValue(r, out var known)) return known;
        if (depth >= DecodeLimits.MaxPdfFormDepth || !drawing.Add(r))
        {
            refused ??= DecodeMessages.PdfDamaged(file, $"form {r.ObjectNumber} draws itself or is nested more than {DecodeLimits.MaxPdfFormDepth} deep");
            return PdfCost.Over;
        }
        var cost = default(PdfCost);
        if (Get(r) is StreamToken s && Resolve(s.StreamDictionary.Data.GetValueOrDefault("Subtype")) is NameToken { Data: "Form" })
            cost = Stream(s, Resolve(s.StreamDictionary.Data.GetValueOrDefault("Resources")) as DictionaryToken ?? outer, depth + 1);
        drawing.Remove(r);
        return forms[r] = cost;
    }

    private void Fonts(DictionaryToken? resources)
    {
        if (Resolve(resources?.Data.GetValueOrDefault("Font")) is DictionaryToken fonts)
            foreach (var font in fonts.Data.Values) Font(font, 0);
    }

    // The streams PdfPig decodes to read a font: its file, its ToUnicode map, an embedded CMap; a Type0's descendants'.
    private void Font(IToken? font, int depth)
    {
        if (depth > 1 || Resolve(font) is not DictionaryToken d) return;
        FontStream(d.Data.GetValueOrDefault("ToUnicode"));
        FontStream(d.Data.GetValueOrDefault("Encoding"));
        if (Resolve(d.Data.GetValueOrDefault("FontDescriptor")) is DictionaryToken descriptor)
            foreach (var key in (string[])["FontFile", "FontFile2", "FontFile3"]) FontStream(descriptor.Data.GetValueOrDefault(key));
        if (Resolve(d.Data.GetValueOrDefault("DescendantFonts")) is ArrayToken descendants)
            foreach (var descendant in descendants.Data) Font(descendant, depth + 1);
    }

    private void FontStream(IToken? token)
    {
        if (token is not IndirectReferenceToken r || !fontFiles.Add(r.Data) || Get(r.Data) is not StreamToken s) return;
        if (PdfInflate.Length(s.Data, PdfInflate.Filters(s.StreamDictionary, Resolve), DecodeLimits.MaxPdfStreamBytes) is null)
            refused ??= DecodeMessages.PdfStreamTooLarge(file, r.Data.ObjectNumber, DecodeLimits.MaxPdfStreamBytes);
    }

    private IToken? Resolve(IToken? token)
    {
        for (var hops = 0; token is IndirectReferenceToken r && hops < 8; hops++) token = Get(r.Data);
        return token is IndirectReferenceToken ? null : token;
    }

    private IToken? Get(IndirectReference r)
    {
        try { return pdf.Structure.GetObject(r)?.Data; }
        catch (Exception e) when (e is not OutOfMemoryException) { return null; } // a missing object: PdfPig skips it too
    }
}

/// <summary>
/// The pages of a PDF in order, from its page tree (Catalog → Pages → Kids, depth first, as PdfPig numbers them), each
/// with the resources it has or inherits; at most <see cref="DecodeLimits.MaxPdfPages"/>, a node met twice (a cycle)
/// is not walked again.
/// </summary>
internal static class PdfPageTree
{
    public static List<(DictionaryToken Page, DictionaryToken? Resources)> Pages(PdfDocument pdf, Func<IToken?, IToken?> resolve)
    {
        var pages = new List<(DictionaryToken, DictionaryToken?)>();
        var seen = new HashSet<IndirectReference>();
        void Walk(IToken? node, DictionaryToken? inherited, int depth)
        {
            if (pages.Count >= DecodeLimits.MaxPdfPages || depth > 64) return;
            if (node is IndirectReferenceToken r && !seen.Add(r.Data)) return;
            if (resolve(node) is not DictionaryToken d) return;
            var resources = resolve(d.Data.GetValueOrDefault("Resources")) as DictionaryToken ?? inherited;
            if (resolve(d.Data.GetValueOrDefault("Kids")) is ArrayToken kids)
                foreach (var kid in kids.Data) Walk(kid, resources, depth + 1);
            else pages.Add((d, resources));
        }
        Walk(pdf.Structure.Catalog.CatalogDictionary.Data.GetValueOrDefault("Pages"), null, 0);
        return pages;
    }
}
