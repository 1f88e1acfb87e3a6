namespace Analytics.Pipeline.Glossary;

/// <summary>What everything made from the sample database says (the synthetic generator's data, never real): the
/// banner of every page, the first line of every chart and export, an added line of the report.</summary>
public static class SampleText
{
    public const string Mark = "DỮ LIỆU MÔ PHỎNG";
    public const string Banner = Mark + " — không phải số liệu thật";
}
