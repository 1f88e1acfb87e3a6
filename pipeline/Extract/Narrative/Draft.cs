using Analytics.Pipeline.Model;

namespace Analytics.Pipeline.Extract.Narrative;

/// <summary>A figure being assembled from a clause: its subject and what has been stated of it so far.</summary>
internal sealed class Draft(UnitToken unit, string index, string criterion, string written, int year, int unitSerial, int topicSerial, int at)
{
    public UnitToken Unit { get; } = unit;
    public string Index { get; } = index;
    public string Criterion { get; } = criterion;
    public string Written { get; } = written;
    public int Year { get; } = year;
    public int UnitSerial { get; } = unitSerial;
    public int TopicSerial { get; } = topicSerial;
    public int At { get; set; } = at;
    public int End { get; set; } = at;
    public decimal? Value { get; set; }
    public bool Points { get; set; }
    public RankToken? Rank { get; set; }
    public int? RankChange { get; set; }
}

/// <summary>What the document as a whole tells: the province and issuer figures default to, the year measured so far.</summary>
internal sealed class DocumentState(string? province, string? issuer, string? onlyIndex, bool singleProvince)
{
    public string? Province { get; } = province;
    public string? Issuer { get; } = issuer;
    public string? OnlyIndex { get; } = onlyIndex;
    public bool SingleProvince { get; } = singleProvince;
    public int? MeasuredYear { get; set; }
    public bool HasSubUnits { get; init; }

    /// <summary>The index last in force, which list items after a lead-in ending in ':' take ("các chỉ số thành phần như sau:").</summary>
    public string? LastIndex { get; set; }

    public bool LeadIn { get; set; }

    /// <summary>The index a paragraph opening "Về Chỉ số PAR Index, …" made the topic of the paragraphs after it.</summary>
    public string? TopicIndex { get; set; }

    /// <summary>The criterion of the last heading paragraph ("- Lĩnh vực Cải cách thể chế"), for the paragraphs under it.</summary>
    public CriterionToken? HeadingCriterion { get; set; }

    /// <summary>The unit last named before a lead-in: the subject of the list items after it.</summary>
    public UnitToken? LastUnit { get; set; }
    public int? PlanYear { get; set; }

    /// <summary>The one province the headline names ("Chỉ số PAR index và SIPAS 2019 của Tiền Giang…"): "của tỉnh" is it.</summary>
    public string? Focus { get; init; }
    public List<Observation> Observations { get; } = [];

    /// <summary>The districts the document names with their kind, found again by their bare names.</summary>
    public KnownNames? Districts { get; init; }

    /// <summary>The text is about the Công an nhân dân's own index: "chỉ số cải cách hành chính" in it is not PAR INDEX.</summary>
    public bool PoliceIndex { get; init; }

    /// <summary>The one province whose UBND the text names ("Chủ tịch UBND tỉnh Thanh Hóa đã ban hành…"): the province of
    /// the departments and districts it ranks when no other is given.</summary>
    public string? Publisher { get; init; }

    /// <summary>The provinces of the figures read so far, and how many of the figures were looked at.</summary>
    public HashSet<string> ProvincesSeen { get; } = [];
    public int ProvincesSeenUpTo { get; set; }
}
