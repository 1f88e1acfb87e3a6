using Analytics.Pipeline.Glossary;

namespace Analytics.Tests.Glossary;

public class CriteriaTests
{
    public static TheoryData<string, string?> Spellings => new()
    {
        { "Tiêu chí 1: Mức độ tiếp cận dịch vụ", "access" },
        { "Cải thiện Chỉ số Điều kiện tiếp đón và phục vụ và Chỉ số Triếp cận dịch vụ", "reception" },
        { "Cải thiện Chi số Thủ tục hành chính", "procedures" },
        { "Sự phục vụ của các bộ, công chức", "civil_servants" },
        { "Kết quả, tiến độ giải quyết công việc", "results" },
        { "Tiếp nhận, xử lý thông tin phản hồi", "feedback" },
        { "trách nhiệm giải trình của chính quyền về chính sách", "policy_accountability" },
        { "cơ hội tham gia vào quá trình xây dựng, tổ chức thực hiện chính sách", "policy_participation" },
        { "Mức độ hài lòng của ngƣời dân đối với công chức tại Bộ phận một cửa", "civil_servants" },
        { "Nâng cao năng lực", null },
    };

    [Theory, MemberData(nameof(Spellings))]
    public void Match_Spelling_GivesKey(string text, string? key) => Assert.Equal(key, Criteria.Match(text));

    [Fact]
    public void MatchAll_TwoCriteria_InOrder() =>
        Assert.Equal(["reception", "access"], Criteria.MatchAll("Cải thiện Chỉ số Điều kiện tiếp đón và phục vụ và Chỉ số Triếp cận dịch vụ"));
}
