using System.Text.RegularExpressions;

namespace Analytics.Pipeline.Extract.Narrative;

/// <summary>The phrases <see cref="ParagraphWalker"/> recognises, on folded text unless said otherwise.</summary>
internal sealed partial class ParagraphWalker
{
    [GeneratedRegex(@"^\s*(?:,|;)?\s*(?:va\s+|tiep (?:den|theo)(?:\s+la)?\s+|sau do la\s+|roi den\s+)?(?:cac\s+(?:huyen|so|don vi|co quan)\s*:?\s*)?$")]
    private static partial Regex ListGap();

    [GeneratedRegex(@"\blan luot(?:\s+la)?\s*:?\s*$")]
    private static partial Regex Respectively();

    [GeneratedRegex(@"^\s+cung\s+(?:co\s+|dat\s+|duoc\s+)?[^.;\d]{0,40}$")]
    private static partial Regex Together();

    [GeneratedRegex(@"^\s+va\s+(?:ubnd\s+|uy ban nhan dan\s+)?$")]
    private static partial Regex Joint();

    [GeneratedRegex(@"^[\s,]*$")]
    private static partial Regex BarePunctuation();

    [GeneratedRegex(@"\b(?:vuon len|tang len|len)\s+(?:(?:dung|xep)\s+)?(?:(?:vi tri|hang|thu hang)\s+)?(?:thu\s+)?$")]
    private static partial Regex RoseTo();

    [GeneratedRegex(@"(?<!so voi\s)(?<!so voi nam\s)\bnam\s+(?<y>20[12]\d)\b")]
    private static partial Regex LaterYear();

    /// <summary>"… ở trên cả 4 bảng xếp hạng chỉ số quan trọng: Chỉ số …, …": between a rank and an index of the list it ranks in.</summary>
    [GeneratedRegex(@"^\s*(?:o\s+)?(?:tren\s+)?ca\s+(?!nuoc\b)(?:(?:\d|hai|ba|bon)\s+(?:bang xep hang|chi so)[^.;:]{0,40}:)?[^.;]*$")]
    private static partial Regex Boards();

    /// <summary>Between two indices of a list: "(PAR INDEX) của các bộ, ngành, địa phương và".</summary>
    [GeneratedRegex(@"(?:,|\bva|\bcung nhu|\bhoac)\s*$")]
    private static partial Regex ListJoin();

    /// <summary>"đối với khối sở, ban, ngành cấp tỉnh": the block of departments, and no district in the same words.</summary>
    [GeneratedRegex(@"^(?!.*\bhuyen\b).*\b(?:khoi\s+(?:cac\s+)?so|(?:cac\s+)?so,?\s+ban,?\s+nganh|co quan chuyen mon)\b")]
    private static partial Regex DepartmentsBlock();

    /// <summary>"Chỉ số hài lòng trung bình": the index's own average, not "Giá trị trung bình cao nhất là vùng …".</summary>
    [GeneratedRegex(@"\b(?:chi so hai long|sipas|par[\s\-]?index|chi so cai cach hanh chinh|chi so cchc)(?:\s+(?:nam\s+)?20[12]\d)?\s*$")]
    private static partial Regex IndexAverage();

    /// <summary>A clause that opens with words of its own before its verb ("; cải cách tổ chức bộ máy đứng thứ 39"), not a
    /// continuation ("; xếp thứ 22/63", "và đạt 94,15%").</summary>
    [GeneratedRegex(@"^[\s,;:]*(?:(?:va|con|trong do|rieng|ngoai ra)[\s,]+)?(?:(?:chi so(?: thanh phan)?|linh vuc|noi dung|tieu chi)\s+)?(?!(?:xep|dung|dat|o|la|voi|nam|tang|giam|va)\b)[a-z]+(?:\s+[a-z]+){1,}?(?:\s+(?:dung|xep|dat|o|nam|la|voi|co|vi tri|thu|hang))*\s*$")]
    private static partial Regex OwnSubject();

    [GeneratedRegex(@"\d")]
    private static partial Regex NumberInText();

    [GeneratedRegex(@"\G(?:(?!\b(?:voi|dat|co)\b)[^\d,.;:()%])*?\s(?:la|thuoc ve)\s*:?\s+(?=[^\d\s])")]
    private static partial Regex Across();

    /// <summary>"xếp thứ nhất trong 63 tỉnh, thành": the group is a rank's total, not a subject.</summary>
    [GeneratedRegex(@"\b(?:trong|tren)(?:\s+(?:tong\s+)?so)?\s*$")]
    private static partial Regex InTotal();

    /// <summary>"Bảng xếp hạng chỉ số PARINDEX năm 2022 các tỉnh" under a picture: a caption states no figure and sets no year.</summary>
    [GeneratedRegex(@"\G\s*(?:bang xep hang|bieu do|anh|nguon)\b")]
    private static partial Regex Caption();

    [GeneratedRegex(@"\G[\s,]{0,3}(?:nam\s+)?(?<y>20[12]\d)\b")]
    private static partial Regex YearNext();

    [GeneratedRegex(@"^\s*(?:ve|doi voi)\s+(?:(?:cac\s+)?chi so\s+)?")]
    private static partial Regex TopicOpening();

    [GeneratedRegex(@"^\s*(?:(?:ca nuoc|toan quoc)\s+)?ve\s+$")]
    private static partial Regex About();

    [GeneratedRegex(@"^(?:(?:ubnd|uy ban nhan dan|tinh|thanh pho|tp\.?)\s*)?$")]
    private static partial Regex UnitPrefix();

    [GeneratedRegex(@"^[\s,:]*(?:la\s+|thuoc ve\s+)?(?:(?:ve\s+)?(?:tinh|thanh pho|tp\.?|ubnd|uy ban nhan dan)\s*)?$")]
    private static partial Regex Gap();

    /// <summary>"trực thuộc tỉnh Quảng Nam", "trên địa bàn tỉnh": the province is where units are, not what is measured.</summary>
    [GeneratedRegex(@"(?:\bthuoc|\btren dia ban|\btai|\bo)\s*$")]
    private static partial Regex Scope();

    [GeneratedRegex(@"^[\s,]*(?:(?:da|vua|chinh thuc)\s+)*(?:cong bo|ban hanh|phe duyet|to chuc|ky|cho biet|danh gia)\b")]
    private static partial Regex Publisher();

    /// <summary>"…, Kông Chro với 79,85 điểm": a name the reader does not know stands before the level; it is not the last unit's.</summary>
    [GeneratedRegex(@"[,;]\s*(?<name>\p{Lu}[\p{L}\p{M}’']*(?:\s+\p{Lu}[\p{L}\p{M}’']*){0,3})\s+(?:với|đạt|là|:)\s*$")]
    private static partial Regex UnknownName();

    /// <summary>"xếp thứ 2 khu vực Tây Nguyên": the region qualifies a rank, it is not a new subject.</summary>
    [GeneratedRegex(@"\b(?:xep|dung|dan dau|dung dau)(?:\s+(?:thu|hang|vi tri))?(?:\s+[^\s,.;:]+){0,3}?\s*$")]
    private static partial Regex RankVerb();

    [GeneratedRegex(@"^\s*(?:[-+•*–]|\d{1,2}[.)]|[a-zđ]\))\s")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"\b(?:phan dau|ke hoach|muc tieu|chi tieu|nang cao|cai thien)\b")]
    private static partial Regex PlanWords();

    /// <summary>A region named (as written: "vùng", not "Vũng Tàu" or "giữ vững") before a rank, and no word of the country.</summary>
    [GeneratedRegex(@"^(?!.*\b(?:cả nước|toàn quốc)\b).*\b(?:khu vực|vùng|miền|Tây Nguyên|Đồng bằng sông Cửu Long|ĐBSCL|Bắc Trung Bộ|Nam Trung Bộ|Đông Nam Bộ|Duyên hải|Trung du|Tây Bắc|Đông Bắc)\b",
        RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Region();

    [GeneratedRegex(@"[.!?](?=\s+\p{Lu}|\s*$)|\n")]
    private static partial Regex FullStop();
}
