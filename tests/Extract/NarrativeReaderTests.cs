using Analytics.Pipeline.Extract.Narrative;
using Analytics.Pipeline.Extract.Results;

namespace Analytics.Tests.Extract;

/// <summary>
/// Sentences of the real corpus (tests/Fixtures/corpus/dev, file named in each case), read by the running-text reader.
/// Expected figures are written from the sentence by hand: "unit|province|year|index|criterion|value|rank/of|change".
/// </summary>
public class NarrativeReaderTests
{
    public static TheoryData<string, string, string?, string[]> Cases => new()
    {
        {
            "b01: dot decimals, a score beside its percentage, ordinal words, a list total",
            "Công bố xếp hạng Chỉ số cải cách hành chính của các sở, ban, ngành cấp tỉnh năm 2023 của tỉnh Thanh Hóa.\n\n" +
            "Theo đó, đối với cấp Sở, ban, ngành; Sở Công Thương có tổng số điểm đạt được 92.83 điểm, chỉ số cải cách hành chính đạt 92.83% đứng vị trí thứ nhất; " +
            "Ban Dân tộc tỉnh có tổng số điểm đạt được 68.32 điểm, chỉ số cải cách hành chính đạt 81.33% đứng vị trí thứ cuối bảng trong tổng số 20 Sở.",
            null,
            ["Sở Công Thương|Thanh Hóa|2023|PAR_INDEX|overall|92.83|1/20|", "Ban Dân tộc|Thanh Hóa|2023|PAR_INDEX|overall|81.33|20/20|"]
        },
        {
            "e11: points, 'hạng 48/63 tỉnh, thành', 'của tỉnh' in a text about one province, the year of the figure not of publication",
            "Cập nhật: 12:12, 20/05/2020\n\nChỉ số Cải cách hành chính năm 2019 (PAR index 2019) của Tiền Giang vừa được Ban Chỉ đạo Cải cách hành chính của Chính phủ công bố đạt 79,68 điểm, hạng 48/63 tỉnh, thành. " +
            "Năm 2018 chỉ số này của tỉnh đạt 73,69 điểm, hạng 54/63 tỉnh, thành.",
            null,
            ["Tiền Giang|Tiền Giang|2019|PAR_INDEX|overall|79.68|48/63|", "Tiền Giang|Tiền Giang|2018|PAR_INDEX|overall|73.69|54/63|"]
        },
        {
            "a01: a national average, a change that is not a level, the previous level in brackets",
            "Theo kết quả Chỉ số SIPAS năm 2023 do Bộ Nội vụ công bố ngày 17/4/2024, chỉ số SIPAS trung bình cả nước là 82,66%, tăng 2,58% so với năm 2022 (80,08%).",
            null,
            ["Cả nước||2023|SIPAS|overall|82.66||", "Cả nước||2022|SIPAS|overall|80.08||"]
        },
        {
            "d02: rank before its level, 'hạng nhì', a department named with its province, a district as 'TP.'",
            "Chủ tịch UBND tỉnh An Giang đã ký Quyết định 851/QĐ-UBND phê duyệt và công bố Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước trên địa bàn tỉnh năm 2021.\n\n" +
            "Cụ thể, đối với các sở, ban, ngành tỉnh, Sở Thông tin và Truyền thông An Giang xếp hạng nhất, với tỷ lệ hài lòng đạt 94.81%; Sở Nội vụ hạng 3, với tỷ lệ hài lòng 93.89%.",
            null,
            ["Sở Thông tin và Truyền thông|An Giang|2021|SIPAS|overall|94.81|1/|", "Sở Nội vụ|An Giang|2021|SIPAS|overall|93.89|3/|"]
        },
        {
            "e05-like trap: bounds and counts are not levels",
            "9 sở có chỉ số hài lòng năm 2022 đạt trên 90%. Kết quả đo lường năm 2022 còn có 4 sở có kết quả dưới 90% hài lòng.",
            "Thái Nguyên",
            []
        },
        {
            "e02-like trap: another index's figures are kept out",
            "Chỉ số PAPI năm 2020 của Quảng Ninh đạt 45,5 điểm, dẫn đầu cả nước, thăng hạng 2 bậc.",
            null,
            []
        },
        {
            "fuzz: a list total smaller than the rank is not its total; a bracket rank over its total is none",
            "Năm 2023, Chỉ số cải cách hành chính của Sở Tư pháp tỉnh Gia Lai xếp thứ 9 trong tổng số 3 sở; tỉnh Gia Lai (75/63).",
            null,
            ["Sở Tư pháp|Gia Lai|2023|PAR_INDEX|overall||9/|"]
        },
        {
            "'số' is not 'Sở': the index's own name is no department",
            "Năm 2024, chỉ số CCHC tỉnh Sơn La đạt 90,02%, tăng 1,36%, cao hơn giá trị trung bình của cả nước 1,65%, tăng 01 bậc trên bảng xếp hạng.",
            null,
            ["Sơn La|Sơn La|2024|PAR_INDEX|overall|90.02||1"]
        },
        {
            "b12: a rank before 'là' across a block; a block of two words after the rank; an unknown unit after 'là' lends nothing",
            "Về chỉ số CCHC, so với năm trước, năm 2020, số lượng đơn vị có chỉ số CCHC đạt trên 90% cũng tăng thêm 12 đơn vị. Dẫn đầu khối sở là Thanh tra tỉnh với 96,86%. " +
            "Ngân hàng Nhà nước tỉnh dẫn đầu khối cơ quan ngành dọc với chỉ số 96,43%. UBND huyện Khánh Vĩnh đứng đầu khối UBND cấp huyện, đạt chỉ số 91,04%. " +
            "Đứng đầu khối đơn vị sự nghiệp thuộc UBND tỉnh là ban Quản lý dự án phát triển tỉnh, đạt chỉ số 94%.",
            "Khánh Hòa",
            ["Thanh tra tỉnh|Khánh Hòa|2020|PAR_INDEX|overall|96.86|1/|", "Ngân hàng Nhà nước tỉnh|Khánh Hòa|2020|PAR_INDEX|overall|96.43|1/|",
             "UBND huyện Khánh Vĩnh|Khánh Hòa|2020|PAR_INDEX|overall|91.04|1/|"]
        },
        {
            "b11 trap: units the reader cannot name (a project board, a university named after its province) own no figure",
            "Chỉ số CCHC năm 2018: dẫn đầu là Ban Quản lý dự án phát triển tỉnh với PARI đạt 94,59% và thấp nhất là Trường Đại học Khánh Hòa với PARI đạt 65,32%.",
            "Khánh Hòa",
            []
        },
        {
            "b09: a headline before the lede that names the year; a rank just before 'về' + an index is that index's",
            "Hà Tĩnh xếp thứ 18 cả nước về Chỉ số CCHC và thứ 4 về Chỉ số Hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính.\n\n" +
            "Sáng 17/4, tại Hà Nội, Bộ Nội vụ tổ chức hội nghị công bố Chỉ số Hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính (SIPAS) và Chỉ số Cải cách hành chính (PAR INDEX) năm 2023.",
            null,
            ["Hà Tĩnh|Hà Tĩnh|2023|PAR_INDEX|overall||18/|", "Hà Tĩnh|Hà Tĩnh|2023|SIPAS|overall||4/|"]
        },
        {
            "c12: a sentence opening with a rank ranks the unit it names next, not the last sentence's",
            "Theo đánh giá, thành phố Hải Phòng đứng đầu bảng xếp hạng Chỉ số CCHC năm 2024 với kết quả đạt 96,17%, cao hơn 4,30% và tăng 01 bậc xếp hạng so với năm 2023. " +
            "Xếp vị trí thứ 2/63 là tỉnh Bà Rịa - Vũng Tàu với kết quả đạt 93,35%, tăng 3 bậc xếp hạng so với năm 2023.",
            null,
            ["Hải Phòng|Hải Phòng|2024|PAR_INDEX|overall|96.17|1/|1", "Bà Rịa - Vũng Tàu|Bà Rịa - Vũng Tàu|2024|PAR_INDEX|overall|93.35|2/63|3"]
        },
        {
            "d14: the last place of a stated total, named after 'là' in a sentence of its own; the first place of the same list takes its total",
            "Sở Giao thông vận tải đứng đầu bảng Chỉ số Cải cách hành chính năm 2022. Ở khối các sở, ban, ngành, Sở Tư pháp với 90,8 điểm và Sở Tài chính với 88,11 điểm. " +
            "Nằm ở vị trí cuối bảng trong tổng số 20 đơn vị là Ban Quản lý Khu Kinh tế tỉnh với 74,31 điểm.",
            "Gia Lai",
            ["Sở Giao thông vận tải|Gia Lai|2022|PAR_INDEX|overall||1/20|", "Sở Tư pháp|Gia Lai|2022|PAR_INDEX|overall|90.8||",
             "Sở Tài chính|Gia Lai|2022|PAR_INDEX|overall|88.11||", "Ban Quản lý Khu kinh tế|Gia Lai|2022|PAR_INDEX|overall|74.31|20/20|"]
        },
        {
            "c06: a criterion a sentence gives no level (a score on its own scale) does not take the next sentence's rank",
            "Theo kết quả công bố, Chỉ số PARINDEX năm 2023 tỉnh Kon Tum đạt 86,14 điểm, trong đó: điểm đánh giá tác động của cải cách hành chính đạt 31,19/38.5 điểm. " +
            "Xếp hạng thứ 43/63 tỉnh, thành phố trực thuộc Trung ương, so với năm 2022, tăng 4.79 điểm và tăng 12 bậc.",
            null,
            ["Kon Tum|Kon Tum|2023|PAR_INDEX|overall|86.14||", "Kon Tum|Kon Tum|2023|PAR_INDEX|overall||43/63|12"]
        },
        {
            "a04 trap: the bounds of a band of provinces are no target; b03: 'Sở KH-ĐT' is Sở Kế hoạch và Đầu tư",
            "Kết quả Chỉ số CCHC 2022 của các tỉnh, thành được phân theo 3 nhóm. Trong đó, nhóm A, đạt kết quả chỉ số từ 90% trở lên, gồm 2 tỉnh, thành. " +
            "Năm 2022, Sở KH-ĐT tỉnh Quảng Nam đạt 75,93%.",
            null,
            ["Sở Kế hoạch và Đầu tư|Quảng Nam|2022|PAR_INDEX|overall|75.93||"]
        },
        {
            "a17: 'của tỉnh' is the province its sentence named; 'từ A lên B' and 'từ 51/63 xuống 56/63' give the year before",
            "Theo công bố tại hội nghị, dẫn đầu PAR Index 2021 là TP. Hải Phòng; đứng cuối bảng là tỉnh Kiên Giang. Riêng tỉnh Khánh Hòa, so với năm 2020, " +
            "tuy PAR Index 2021 tăng 2,54%, đạt 85,11%; còn SIPAS 2021 của tỉnh tuy tăng từ 81,82% lên 84,4%, nhưng thứ hạng lại bị giảm từ 51/63 xuống 56/63 tỉnh, thành phố.",
            null,
            ["Hải Phòng|Hải Phòng|2021|PAR_INDEX|overall||1/|", "Khánh Hòa|Khánh Hòa|2021|PAR_INDEX|overall|85.11||",
             "Khánh Hòa|Khánh Hòa|2020|SIPAS|overall|81.82||", "Khánh Hòa|Khánh Hòa|2021|SIPAS|overall|84.4|56/63|", "Khánh Hòa|Khánh Hòa|2020|SIPAS|overall||51/63|"]
        },
        {
            "e11: the headline's one province is 'của tỉnh' in a text naming others; b08: 'xếp vị thứ 20/63'",
            "Chỉ số PAR index và SIPAS 2019 của Tiền Giang được cải thiện rõ rệt\n\n" +
            "Năm 2018 chỉ số SIPAS của tỉnh đạt 76,42 điểm, xếp vị thứ 51/63 tỉnh, thành.\n\nChỉ số PAR index 2019 của Tiền Giang chỉ đứng trên tỉnh Cà Mau, tỉnh Trà Vinh.",
            null,
            ["Tiền Giang|Tiền Giang|2018|SIPAS|overall|76.42|51/63|"]
        },
        {
            "d08: 'Về Chỉ số PAR Index, …' makes the index of the paragraphs after it; 'trong 63 tỉnh' is a total, not a subject",
            "Về chỉ số SIPAS năm 2022, tỉnh Quảng Ninh xếp vị trí thứ nhất trong 63 tỉnh, thành với 94,07%.\n\n" +
            "Về Chỉ số PAR Index, các tỉnh đứng đầu gồm: Quảng Ninh, Hải Phòng, Hà Nội.\n\n" +
            "Tỉnh Gia Lai đạt 80,35/100 điểm, xếp vị trí 58/63 tỉnh thành, thấp hơn 16 bậc so với năm 2021.",
            null,
            ["Quảng Ninh|Quảng Ninh|2022|SIPAS|overall|94.07|1/63|", "Gia Lai|Gia Lai|2022|PAR_INDEX|overall|80.35|58/63|-16"]
        },
        {
            "a23 trap: a rank change in a paragraph naming no unit, with only a plan's year in force, is nobody's",
            "Bến Tre chỉ số cải cách hành chính tăng 7 bậc\n\nSố xã đạt chuẩn nông thôn mới đạt và vượt chỉ tiêu năm 2022; chỉ số cải cách hành chính tăng 7 bậc so với cùng kỳ.",
            null,
            []
        },
        {
            "c06: a heading's criterion (and its index) holds for the paragraphs under it; a caption sets no year; a region's rank is not the country's",
            "Chỉ số cải cách hành chính năm 2023 tỉnh Kon Tum tăng 12 bậc so với năm 2022, xếp thứ 43/63 tỉnh, thành.\n\n" +
            "Xét trong khu vực Tây Nguyên, tỉnh Kon Tum xếp thứ 2 sau tỉnh Đăk Lăk.\n\nBảng xếp hạng chỉ số PARINDEX năm 2022 các tỉnh, thành phố\n\n" +
            "- Lĩnh vực Cải cách thủ tục hành chính\n\n" +
            "Năm 2023, tỉnh Kon Tum đạt 12,38 điểm, chỉ số đạt 95,23%, xếp thứ 34/63, tăng 15 bậc so với năm 2022 (Năm 2022 đạt 11,88/13 điểm, chỉ số đạt 91,40%, xếp thứ 49/63).\n\n" +
            "- Lĩnh vực Cải cách tổ chức bộ máy\n\nĐạt 9,72/10,5 điểm, chỉ số đạt 92,56%, xếp thứ 22/63 tỉnh, thành, tăng 14 bậc so với năm 2022.",
            null,
            ["Kon Tum|Kon Tum|2023|PAR_INDEX|overall||43/63|12", "Kon Tum|Kon Tum|2023|PAR_INDEX|par_procedures|95.23|34/63|15",
             "Kon Tum|Kon Tum|2022|PAR_INDEX|par_procedures|91.40|49/63|", "Kon Tum|Kon Tum|2023|PAR_INDEX|par_organization|92.56|22/63|14"]
        },
        {
            "b11: 'dẫn đầu … là', 'thấp nhất là' with the block's total from its counts ('có 12/21 đơn vị xếp loại tốt')",
            "Chỉ số cải cách hành chính năm 2018. Khối các sở, ban, ngành thuộc tỉnh có 12/21 đơn vị xếp loại tốt và 9/21 đơn vị xếp loại khá; " +
            "dẫn đầu về Chỉ số cải cách hành chính là Sở Thông tin và Truyền thông với PARI đạt 95,20% và thấp nhất là Sở Giáo dục và Đào tạo với PARI đạt 75,71%.",
            "Khánh Hòa",
            ["Sở Thông tin và Truyền thông|Khánh Hòa|2018|PAR_INDEX|overall|95.20|1/21|", "Sở Giáo dục và Đào tạo|Khánh Hòa|2018|PAR_INDEX|overall|75.71|21/21|"]
        },
        {
            "b10: 'có số điểm cao nhất' is the first place; c13: 'giá trị trung bình cao nhất từ trước đến nay' is the country's average, no rank",
            "Chỉ số cải cách hành chính năm 2018: Văn phòng Ủy ban nhân dân tỉnh có số điểm cao nhất đạt 98 điểm, xếp loại xuất sắc. " +
            "Về Chỉ số CCHC năm 2024, các tỉnh, thành phố tiếp tục duy trì tăng trưởng tích cực, với giá trị trung bình cao nhất từ trước đến nay, đạt 88,37%.",
            "Kiên Giang",
            ["Văn phòng UBND tỉnh|Kiên Giang|2018|PAR_INDEX|overall|98|1/|", "Cả nước||2024|PAR_INDEX|overall|88.37||"]
        },
        {
            "b02: units listed after the first place take the places after it, the list's total from 'với 5 đơn vị … xếp hạng'",
            "Nghệ An công bố kết quả chỉ số và xếp hạng cải cách hành chính năm 2022\n\n" +
            "Theo đó, tại phụ lục 1A, với 5 đơn vị ngành dọc đóng trên địa bàn tỉnh kết quả xếp hạng đứng đầu là Công an tỉnh, tiếp đến là Bảo hiểm xã hội, Cục Thuế, Kho bạc Nhà nước và Cục Hải quan.",
            null,
            ["Công an tỉnh|Nghệ An|2022|PAR_INDEX|overall||1/5|", "Bảo hiểm xã hội tỉnh|Nghệ An|2022|PAR_INDEX|overall||2/5|",
             "Cục Thuế tỉnh|Nghệ An|2022|PAR_INDEX|overall||3/5|", "Kho bạc Nhà nước tỉnh|Nghệ An|2022|PAR_INDEX|overall||4/5|",
             "Cục Hải quan tỉnh|Nghệ An|2022|PAR_INDEX|overall||5/5|"]
        },
        {
            "b02: 'từ vị trí thứ 11 năm 2021 … vượt lên đứng thứ 5' (the year written is the first place's); a name without 'và'",
            "Chỉ số cải cách hành chính năm 2022 của tỉnh Nghệ An.\n\n" +
            "Sở Tài Nguyên Môi trường xếp thứ 17. Lần này, Thị xã Hoàng Mai từ vị trí thứ 11 năm 2021 năm nay vượt lên đứng thứ 5 trong bảng xếp hạng.",
            null,
            ["Sở Tài nguyên và Môi trường|Nghệ An|2022|PAR_INDEX|overall||17/|", "UBND thị xã Hoàng Mai|Nghệ An|2021|PAR_INDEX|overall||11/|",
             "UBND thị xã Hoàng Mai|Nghệ An|2022|PAR_INDEX|overall||5/|"]
        },
        {
            "d14, d05: two units joined by 'và' share the rank after them",
            "Sở Giao thông-Vận tải và huyện Ia Grai đứng đầu về Chỉ số Cải cách hành chính năm 2022\n\n" +
            "Văn phòng UBND tỉnh và UBND thị xã Hoà Thành đứng đầu về chỉ số cải cách hành chính năm 2022.",
            "Gia Lai",
            ["UBND huyện Ia Grai|Gia Lai|2022|PAR_INDEX|overall||1/|", "Sở Giao thông vận tải|Gia Lai|2022|PAR_INDEX|overall||1/|",
             "UBND thị xã Hoà Thành|Gia Lai|2022|PAR_INDEX|overall||1/|", "Văn phòng UBND tỉnh|Gia Lai|2022|PAR_INDEX|overall||1/|"]
        },
        {
            "d14: 'A và B đứng đầu … với số điểm lần lượt là 91,39 và 80,94': the values in the order of the units",
            "Theo đó, Sở Giao thông-Vận tải và huyện Ia Grai đứng đầu bảng Chỉ số Cải cách hành chính năm 2022 với số điểm lần lượt là 91,39 và 80,94.",
            "Gia Lai",
            ["Sở Giao thông vận tải|Gia Lai|2022|PAR_INDEX|overall|91.39|1/|", "UBND huyện Ia Grai|Gia Lai|2022|PAR_INDEX|overall|80.94|1/|"]
        },
        {
            "b02: 'thứ N' right after each unit of a list, a total stated in the paragraph before ('với 21 cơ quan chuyên môn')",
            "Nghệ An công bố kết quả chỉ số và xếp hạng cải cách hành chính năm 2022\n\n" +
            "Phụ lục 1B với 21 cơ quan chuyên môn thuộc UBND tỉnh, vị trí đứng đầu là Sở Tài Chính.\n\n" +
            "5 đơn vị đứng tốp cuối là: Sở Xây dựng xếp vị trí cuối cùng- thứ 21, Ban Dân tộc thứ 20, Sở Tư pháp thứ 19, Sở Lao động Thương binh và Xã hội thứ 18 và Sở Tài Nguyên Môi trường xếp thứ 17.",
            null,
            ["Sở Tài chính|Nghệ An|2022|PAR_INDEX|overall||1/21|", "Sở Xây dựng|Nghệ An|2022|PAR_INDEX|overall||21/21|",
             "Ban Dân tộc|Nghệ An|2022|PAR_INDEX|overall||20/21|", "Sở Tư pháp|Nghệ An|2022|PAR_INDEX|overall||19/21|",
             "Sở Lao động, Thương binh và Xã hội|Nghệ An|2022|PAR_INDEX|overall||18/21|", "Sở Tài nguyên và Môi trường|Nghệ An|2022|PAR_INDEX|overall||17/21|"]
        },
        {
            "d05: the totals of each list in the paragraph after it; '99,28% - đứng đầu' is no range; 'cuối bảng' without a total in its sentence is no rank",
            "Xếp hạng chỉ số cải cách hành chính năm 2022:\n\nVăn phòng UBND tỉnh và UBND thị xã Hoà Thành đứng đầu\n\n" +
            "BTNO - Ngày 12.12, UBND tỉnh công bố Chỉ số cải cách hành chính đối với các sở, ban, ngành tỉnh và UBND các huyện, thị xã, thành phố trên địa bàn tỉnh Tây Ninh năm 2022.\n\n" +
            "Theo đó, Văn phòng UBND tỉnh có tỷ lệ điểm số cao nhất 99,28% - đứng đầu bảng xếp hạng khối các sở, ban, ngành tỉnh; đứng cuối bảng là Sở Y tế đạt tỷ lệ điểm 55,27%.\n\n" +
            "Trong số 19 cơ quan sở, ban, ngành tỉnh, có 17 cơ quan xếp loại tốt với tỷ lệ điểm số đạt trên 80%.\n\n" +
            "Ở cấp huyện, thị xã Hoà Thành là địa phương dẫn đầu với tỷ lệ điểm số đạt 93,08%.\n\nTrong số 9 huyện, thị xã, thành phố, có 8 địa phương xếp loại tốt.",
            null,
            ["UBND thị xã Hoà Thành|Tây Ninh|2022|PAR_INDEX|overall||1/9|", "Văn phòng UBND tỉnh|Tây Ninh|2022|PAR_INDEX|overall||1/19|",
             "Văn phòng UBND tỉnh|Tây Ninh|2022|PAR_INDEX|overall|99.28|1/19|", "Sở Y tế|Tây Ninh|2022|PAR_INDEX|overall|55.27||",
             "UBND thị xã Hoà Thành|Tây Ninh|2022|PAR_INDEX|overall|93.08|1/9|"]
        },
        {
            "a04: 'cao nhất' after the index and its year, the total of 'Có 11/17 bộ' in the sentence before; 'đơn vị … thấp nhất, với' is no rank",
            "Có 11/17 bộ có Chỉ số CCHC năm 2022 trên mức giá trị trung bình. Ngân hàng Nhà nước Việt Nam đạt Chỉ số CCHC năm 2022 cao nhất với kết quả là 91,77%, " +
            "cao hơn 19,12% so với Bộ Ngoại giao, đơn vị có kết quả chỉ số năm 2022 thấp nhất, với giá trị là 72,65%.",
            null,
            ["Ngân hàng Nhà nước Việt Nam||2022|PAR_INDEX|overall|91.77|1/17|", "Bộ Ngoại giao||2022|PAR_INDEX|overall|72.65||"]
        },
        {
            "b10: 'A và B cùng có số điểm cao nhất, đạt 91 điểm': the level and the rank are both units'",
            "Ủy ban nhân dân tỉnh Kiên Giang vừa ban hành Quyết định công bố Chỉ số cải cách hành chính các sở, ban, ngành cấp tỉnh, Ủy ban nhân dân các huyện, thành phố năm 2018. " +
            "Kết quả, khối Ủy ban nhân dân các huyện, thành phố có Ủy ban nhân dân huyện Châu Thành và Ủy ban nhân dân huyện Hòn Đất cùng có số điểm cao nhất, đạt 91 điểm, xếp loại xuất sắc.",
            null,
            ["UBND huyện Hòn Đất|Kiên Giang|2018|PAR_INDEX|overall|91|1/|", "UBND huyện Châu Thành|Kiên Giang|2018|PAR_INDEX|overall|91|1/|"]
        },
        {
            "d01: 'các tỉnh, thành phố thì đứng đầu vẫn là' is a first place, not a group's; 'tăng được 4 bậc'",
            "Với xếp hạng PAR Index năm 2022 các tỉnh, thành phố thì đứng đầu vẫn là tỉnh Quảng Ninh (90,10% điểm), xếp ở vị trí thứ hai là TP.Hải Phòng (90,09% điểm).\n\n" +
            "Xếp hạng PAR index năm 2022, Đồng Nai đạt 82,92% điểm, đứng thứ 51/63 tỉnh, thành phố. So với năm 2021, xếp hạng năm 2022 Đồng Nai có giảm điểm nhẹ nhưng vẫn tăng được 4 bậc.",
            null,
            ["Quảng Ninh|Quảng Ninh|2022|PAR_INDEX|overall|90.10|1/|", "Hải Phòng|Hải Phòng|2022|PAR_INDEX|overall|90.09|2/|",
             "Đồng Nai|Đồng Nai|2022|PAR_INDEX|overall|82.92|51/63|", "Đồng Nai|Đồng Nai|2022|PAR_INDEX|overall|||4"]
        },
        {
            "d07: the year before's rank in brackets after the province's change; d10: 'giảm 17 bậc về thứ hạng so với năm 2016'",
            "Chỉ số hài lòng (SIPAS) năm 2024 của tỉnh Vĩnh Long đạt 81,75%, đứng thứ 53/63 tỉnh, thành cả nước.\n\n" +
            "So với năm 2023, tăng 1,64% nhưng giảm 5 bậc (năm 2023 đứng thứ 48/63).",
            null,
            ["Vĩnh Long|Vĩnh Long|2024|SIPAS|overall|81.75|53/63|", "Vĩnh Long|Vĩnh Long|2024|SIPAS|overall|||-5", "Vĩnh Long|Vĩnh Long|2023|SIPAS|overall||48/63|"]
        },
        {
            "d10: a rank change 'về thứ hạng so với năm 2016', the year before the document's",
            "Cụ thể, Chỉ số Par Index năm 2017 của Đắk Lắk đạt 75,37 điểm, tăng 1,95 điểm so với năm 2016.\n\n" +
            "Mặc dù Chỉ số Par Index của tỉnh tăng 1,95 điểm, nhưng lại giảm 17 bậc về thứ hạng so với năm 2016 do nhiều nội dung đánh giá bị mất điểm.",
            null,
            ["Đắk Lắk|Đắk Lắk|2017|PAR_INDEX|overall|75.37||", "Đắk Lắk|Đắk Lắk|2017|PAR_INDEX|overall|||-17"]
        },
        {
            "d03: the sub-index 'Xây dựng và phát triển Chính quyền điện tử, Chính quyền số' is PAR INDEX's, not another index",
            "Năm 2022, Chỉ số cải cách hành chính của tỉnh Đắk Nông đạt 84,66%.\n\n- Chỉ số thành phần Xây dựng và phát triển Chính quyền điện tử, Chính quyền số xếp thứ 9/63 tỉnh, thành phố.",
            null,
            ["Đắk Nông|Đắk Nông|2022|PAR_INDEX|overall|84.66||", "Đắk Nông|Đắk Nông|2022|PAR_INDEX|par_e_government||9/63|"]
        },
        {
            "b03: 'đối với 18 UBND cấp huyện' totals the sentence: the last place is 18 of 18",
            "Chỉ số hài lòng năm 2023 của tỉnh Quảng Nam.\n\nTương tự, đối với 18 UBND cấp huyện, Thành phố, thị xã trực thuộc tỉnh Quảng Nam, chỉ số hài lòng trung bình chỉ đạt 74,36%; trong đó cao nhất là UBND huyện Nam Trà My đạt 81,11% và thấp nhất là UBND huyện Đông Giang với 70,2%.",
            null,
            ["UBND huyện Nam Trà My|Quảng Nam|2023|SIPAS|overall|81.11|1/18|", "UBND huyện Đông Giang|Quảng Nam|2023|SIPAS|overall|70.2|18/18|"]
        },
        {
            "traps: a range with a dash, 'với 2 sở' is a count, not a total",
            "Năm 2023, chỉ số hài lòng của Sở Y tế tỉnh Gia Lai đạt 80% - 90%. Sở Tư pháp tỉnh Gia Lai xếp thứ 3, cùng với 2 sở khác được khen thưởng.",
            null,
            ["Sở Tư pháp|Gia Lai|2023|SIPAS|overall||3/|"]
        },
        {
            "d02: a headline above the lede that names the year takes that year",
            "Sở Thông tin và Truyền thông An Giang và TP. Long Xuyên hạng nhất Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước\n\n" +
            "Chủ tịch UBND tỉnh An Giang đã ký Quyết định 851/QĐ-UBND phê duyệt và công bố Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước trên địa bàn tỉnh năm 2021.\n\n" +
            "Cụ thể, đối với các sở, ban, ngành tỉnh, Sở Thông tin và Truyền thông An Giang xếp hạng nhất, với tỷ lệ hài lòng đạt 94.81%.",
            null,
            ["UBND thành phố Long Xuyên|An Giang|2021|SIPAS|overall||1/|", "Sở Thông tin và Truyền thông|An Giang|2021|SIPAS|overall||1/|",
             "Sở Thông tin và Truyền thông|An Giang|2021|SIPAS|overall|94.81|1/|"]
        },
        {
            "a23 trap: a headline's change is not given the year of a paragraph that states no figure of it",
            "Bến Tre chỉ số cải cách hành chính tăng 7 bậc\n\n(VOH) - Chiều 10/2, lãnh đạo Tỉnh Bến Tre tổ chức họp mặt báo chí đầu xuân Quý Mão 2023.\n\n" +
            "Năm 2022, chỉ số cải cách hành chính tăng 7 bậc so với cùng kỳ.",
            null,
            []
        },
        {
            "b06: a district's bare name, known from 'huyện Bắc Trà My' in the text; a rank before the unit waits for it; the place it rose to is of the later year",
            "Bắc Trà My xếp vị trí thứ nhất chỉ số cải cách hành chính\n\n" +
            "Đứng vị trí thứ 2 về Chỉ số cải cách hành chính năm 2021, Bắc Trà My tiếp tục vươn lên vị trí thứ 1 trên bảng xếp hạng chỉ số cải cách hành chính của UBND các huyện, thị xã, thành phố năm 2022.\n\n" +
            "Ngày 29/3/2023, UBND tỉnh Quảng Nam vừa ban hành Quyết định số 617/QĐ-UBND về phê duyệt và công bố Chỉ số cải cách hành chính năm 2022 của các Sở, Ban, Ngành.\n\n" +
            "Theo đó, năm 2022 chỉ số cải cách hành chính huyện Bắc Trà My đạt 91,44%, xếp hạng vị trí thứ nhất.",
            "Quảng Nam",
            ["UBND huyện Bắc Trà My|Quảng Nam|2022|PAR_INDEX|overall||1/|", "UBND huyện Bắc Trà My|Quảng Nam|2021|PAR_INDEX|overall||2/|",
             "UBND huyện Bắc Trà My|Quảng Nam|2022|PAR_INDEX|overall|91.44|1/|"]
        },
        {
            "d10: 'của tỉnh' after figures of one province only, other provinces named in brackets",
            "Cụ thể, Chỉ số Par Index năm 2017 của Đắk Lắk đạt 75,37 điểm, tăng 1,95 điểm so với năm 2016 (Lâm Đồng: 48 điểm, Gia Lai: 50 điểm).\n\n" +
            "Mặc dù Chỉ số Par Index của tỉnh tăng 1,95 điểm, nhưng lại giảm 17 bậc về thứ hạng so với năm 2016.",
            null,
            ["Đắk Lắk|Đắk Lắk|2017|PAR_INDEX|overall|75.37||", "Đắk Lắk|Đắk Lắk|2017|PAR_INDEX|overall|||-17"]
        },
        {
            "a09: one first place 'trên cả 4 bảng xếp hạng' of the indices listed after it; PCI and PGI are kept out",
            "Hà Nội (TTXVN 11/5/2024) Năm 2023, Quảng Ninh xuất sắc xếp vị trí quán quân ở trên cả 4 bảng xếp hạng chỉ số quan trọng: Chỉ số cải cách hành chính (PAR Index), " +
            "Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS), Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) và Chỉ số Xanh cấp tỉnh (PGI).",
            null,
            ["Quảng Ninh|Quảng Ninh|2023|PAR_INDEX|overall||1/|", "Quảng Ninh|Quảng Ninh|2023|SIPAS|overall||1/|"]
        },
        {
            "d14: a bare name next in a list of districts with their levels is a district; a name in a list without levels is not read",
            "Sở Giao thông-Vận tải và huyện Ia Grai đứng đầu về Chỉ số Cải cách hành chính năm 2022\n\nỞ bảng xếp các địa phương, đứng thứ 2 là huyện Chư Sê với 80, 48 điểm; tiếp theo là huyện Đak Pơ với 80,34 điểm, Kông Chro với 79,85 điểm. " +
            "Huyện Phú Thiện xếp thứ 17 với 66,74 điểm; tiếp theo là Mang Yang, Krông Pa, Đak Đoa.",
            "Gia Lai",
            ["UBND huyện Ia Grai|Gia Lai|2022|PAR_INDEX|overall||1/|", "Sở Giao thông vận tải|Gia Lai|2022|PAR_INDEX|overall||1/|",
             "UBND huyện Chư Sê|Gia Lai|2022|PAR_INDEX|overall|80.48|2/|", "UBND huyện Đak Pơ|Gia Lai|2022|PAR_INDEX|overall|80.34||",
             "UBND huyện Kông Chro|Gia Lai|2022|PAR_INDEX|overall|79.85||", "UBND huyện Phú Thiện|Gia Lai|2022|PAR_INDEX|overall|66.74|17/|"]
        },
        {
            "c06: an index named in brackets (a PAR INDEX part score) does not make a second topic; 'Thứ 3, Ngày 18/06/2024' is a weekday",
            "Thứ 3, Ngày 18/06/2024 -\n\nTheo kết quả công bố, Chỉ số PARINDEX năm 2023 tỉnh Kon Tum đạt 86,14 điểm, trong đó điểm đánh giá tác động đạt 31,19/38.5 điểm (gồm Chỉ số SIPAS đạt 8,5/10 điểm).\n\n" +
            "Xét trong khu vực Tây Nguyên, tỉnh Kon Tum xếp thứ 2 sau tỉnh Đăk Lăk (Xếp hạng 28/63), xếp trên các tỉnh: Lâm Đồng (46/63), Đăk Nông (51/63), Gia Lai (58/63).",
            null,
            ["Kon Tum|Kon Tum|2023|PAR_INDEX|overall|86.14||", "Đắk Lắk|Đắk Lắk|2023|PAR_INDEX|overall||28/63|", "Lâm Đồng|Lâm Đồng|2023|PAR_INDEX|overall||46/63|",
             "Đắk Nông|Đắk Nông|2023|PAR_INDEX|overall||51/63|", "Gia Lai|Gia Lai|2023|PAR_INDEX|overall||58/63|"]
        },
        {
            "issue 11's forms: abbreviated departments, '91.651' kept to its stored two decimals, 'đứng thứ 07/18', 'tặng 3 bậc', 'giữ nguyên vị trí'",
            "Năm 2023, Chỉ số hài lòng của Sở LĐ-TB&XH đạt 91.651%, đứng thứ 07/18; Sở TT&TT đạt 90,2%, tặng 3 bậc; Sở GD&ĐT đạt 89,1%, giữ nguyên vị trí; " +
            "Sở KH&ĐT đạt 88%; Sở GTVT đạt 87%; Sở NN&PTNT đạt 86,5%.",
            "Khánh Hòa",
            ["Sở Lao động, Thương binh và Xã hội|Khánh Hòa|2023|SIPAS|overall|91.651|7/18|", "Sở Thông tin và Truyền thông|Khánh Hòa|2023|SIPAS|overall|90.2||3",
             "Sở Giáo dục và Đào tạo|Khánh Hòa|2023|SIPAS|overall|89.1||0", "Sở Kế hoạch và Đầu tư|Khánh Hòa|2023|SIPAS|overall|88||",
             "Sở Giao thông vận tải|Khánh Hòa|2023|SIPAS|overall|87||", "Sở Nông nghiệp và Phát triển nông thôn|Khánh Hòa|2023|SIPAS|overall|86.5||"]
        },
        {
            "SIPAS sub-indices since 2022; 'Chỉ số Xây dựng và tổ chức thực hiện chính sách' folds like 'Sở Xây dựng' but is no department",
            "Năm 2024, Chỉ số SIPAS của tỉnh Bình Định (cũ) đạt 84,2%, xếp thứ 20/63. Chỉ số thành phần Cung ứng dịch vụ hành chính công đạt 85,1%; " +
            "Chỉ số Xây dựng và tổ chức thực hiện chính sách đạt 82,3%. Sở Xây dựng đạt 88%.",
            null,
            ["Bình Định|Bình Định|2024|SIPAS|overall|84.2|20/63|", "Bình Định|Bình Định|2024|SIPAS|service_delivery|85.1||",
             "Bình Định|Bình Định|2024|SIPAS|policy|82.3||", "Sở Xây dựng|Bình Định|2024|SIPAS|overall|88||"]
        },
        {
            "f10: the publisher's province for the departments it ranks; numbered places '(1) Sở …'; a row of related headlines naming another province gives nothing",
            "Thái Nguyên: Sở Công Thương tiếp tục dẫn đầu về Chỉ số cải cách hành chính |\n" +
            "Mới đây, Chủ tịch UBND tỉnh Thanh Hóa đã ban hành Quyết định số 482/QĐ-UBND về việc công bố xếp hạng Chỉ số cải cách hành chính của các sở, ban, ngành cấp tỉnh năm 2024.\n" +
            "Theo đó, có 10 đơn vị xếp ở nhóm đầu lần lượt là: (1) Sở Tài chính đạt 90,05%, (2) Sở Nội vụ đạt 90,02%, (3) Văn phòng UBND tỉnh đạt 90,02%.",
            null,
            ["Sở Tài chính|Thanh Hóa|2024|PAR_INDEX|overall|90.05|1/|", "Sở Nội vụ|Thanh Hóa|2024|PAR_INDEX|overall|90.02|2/|",
             "Văn phòng UBND tỉnh|Thanh Hóa|2024|PAR_INDEX|overall|90.02|3/|"]
        },
        {
            "f15: after two indices listed together, a figure naming neither is nobody's",
            "Sáng 17/4, Ban Chỉ đạo cải cách hành chính của Chính phủ tổ chức Hội nghị công bố Chỉ số cải cách hành chính năm 2023 (PAR INDEX) của các bộ, ngành, địa phương và " +
            "Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính Nhà nước năm 2023 (SIPAS). Theo đó, Nam Định đạt 87,32, tăng 2,46 điểm %, xếp thứ 29/63 tỉnh, thành phố.",
            null,
            []
        },
        {
            "f16: first place 'ở cả' two indices; another unit's rank after them has no index it can be given",
            "Quảng Ninh xuất sắc đoạt vị trí quán quân ở cả Chỉ số cải cách hành chính năm 2023 và Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước, " +
            "trong khi Hà Nội đứng ở vị trí thứ 3.",
            null,
            ["Quảng Ninh|Quảng Ninh|2023|PAR_INDEX|overall||1/|", "Quảng Ninh|Quảng Ninh|2023|SIPAS|overall||1/|"]
        },
        {
            "f19, f21: the Công an nhân dân's own CCHC index and the Green index (PGI) are other indices",
            "Công an Nghệ An xếp thứ nhất về chỉ số cải cách hành chính\n\n" +
            "Sáng 19/10, Bộ Công an đã tổ chức Hội nghị công bố kết quả xác định Chỉ số cải cách hành chính trong Công an nhân dân năm 2018.\n\n" +
            "Năm 2022, Trà Vinh đứng đầu cả nước về Chỉ số Xanh (PGI) cấp tỉnh.",
            null,
            []
        },
        {
            "f10: a block's average ('đối với khối sở, ban, ngành cấp tỉnh, … bình quân đạt'); f16: 'hai năm liên tiếp giữ vị trí thứ 3' is no change",
            "Chủ tịch UBND tỉnh Thanh Hóa đã ban hành Quyết định công bố xếp hạng Chỉ số cải cách hành chính của các sở, ban, ngành cấp tỉnh năm 2024.\n" +
            "Theo đó, đối với khối sở, ban, ngành cấp tỉnh, Chỉ số cải cách hành chính bình quân đạt 85,41%.\n\n" +
            "Năm 2023, thành phố Hà Nội hai năm liên tiếp giữ vị trí thứ 3 về Chỉ số cải cách hành chính.",
            null,
            ["Trung bình khối sở, cơ quan trực thuộc UBND tỉnh|Thanh Hóa|2024|PAR_INDEX|overall|85.41||", "Hà Nội|Hà Nội|2023|PAR_INDEX|overall||3/|0"]
        },
        {
            "f13: the index's own average in the Ministry's announcement for all provinces is the country's; a12: a region's average is not",
            "Bộ trưởng Bộ Nội vụ đã công bố kết quả Chỉ số hài lòng của người dân (SIPAS) năm 2024 của UBND các tỉnh, thành phố.\n" +
            "Kết quả cho thấy: Chỉ số hài lòng trung bình đạt 83,94%, tăng 1,28% so với năm 2023.\n" +
            "Các địa phương có kết quả cao nhất gồm: Hải Phòng, Thái Nguyên. Chỉ số SIPAS của thành phố Hải Phòng đạt 90,59%, tăng 4 bậc. " +
            "Giá trị trung bình cao nhất là vùng Đồng bằng sông Hồng với kết quả đạt 90,17%.",
            null,
            ["Cả nước||2024|SIPAS|overall|83.94||", "Hải Phòng|Hải Phòng|2024|SIPAS|overall|90.59||4"]
        },
        {
            "g07: components listed with their ranks; a clause whose own subject is unknown does not take the criterion before it",
            "Năm 2018, Chỉ số cải cách hành chính của tỉnh Hòa Bình xếp thứ 46/63. Trong đó, chỉ số công tác chỉ đạo điều hành đứng thứ 51; " +
            "chỉ số tổ chức thực hiện văn bản quy phạm pháp luật đứng thứ 41; chỉ số kiểm soát quyền lực đứng thứ 40; cải cách tài chính công đứng thứ 21; " +
            "hiện đại hóa nền hành chính đứng thứ 48.",
            null,
            ["Hòa Bình|Hòa Bình|2018|PAR_INDEX|overall||46/63|", "Hòa Bình|Hòa Bình|2018|PAR_INDEX|par_direction||51/|",
             "Hòa Bình|Hòa Bình|2018|PAR_INDEX|par_institutions||41/|", "Hòa Bình|Hòa Bình|2018|PAR_INDEX|par_public_finance||21/|",
             "Hòa Bình|Hòa Bình|2018|PAR_INDEX|par_e_government||48/|"]
        },
        {
            "b07: a ranking table flattened one cell per line; partial scores and a cut last row are not read",
            "Công bố xếp hạng Chỉ số cải cách hành chính năm 2019\n\nThứ tự xếp hạng\n\nTên cơ quan, đơn vị\n\nTổng điểm\n\nĐiểm đánh giá trực tiếp\n\n" +
            "Điểm điều tra XHH\n\n1\n\nBảo hiểm xã hội tỉnh\n\n90,05\n\n58,50\n\n31,55\n\n  2\n\nSở Công thương\n\n85,61\n\n53,75\n\n31,86\n\n18\n\nBan Quản lý các k",
            "Vĩnh Phúc",
            ["Bảo hiểm xã hội tỉnh|Vĩnh Phúc|2019|PAR_INDEX|overall|90.05|1/|", "Sở Công Thương|Vĩnh Phúc|2019|PAR_INDEX|overall|85.61|2/|"]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_CorpusSentence_GivesTheFiguresItStates(string why, string text, string? province, string[] expected)
    {
        var extraction = NarrativeReader.Parse("case.txt", text.Split('\n'), province is null ? null : new ResultsDefaults(province));
        var got = extraction.Observations.Where(o => !o.IsDerived).Select(o =>
                $"{o.Unit}|{o.Province}|{o.Year}|{o.IndexCode}|{o.Criterion}|{o.ValuePct?.ToString(System.Globalization.CultureInfo.InvariantCulture)}|" +
                $"{(o.Rank is null ? "" : $"{o.Rank}/{o.RankOf}")}|{o.RankChange}")
            .Distinct().ToArray();
        Assert.True(expected.SequenceEqual(got), $"{why}\nexpected: {string.Join("; ", expected)}\n     got: {string.Join("; ", got)}");
    }

    [Theory]
    [InlineData("KẾ HOẠCH", true)]
    [InlineData("## KẾ HOẠCH", true)]
    [InlineData("PHỤ LỤC", true)]
    [InlineData("Kế hoạch đặt ra mục tiêu nỗ lực", false)]
    public void IsPlan_PlanHeadingLine_GoesToThePlanParser(string line, bool plan) =>
        Assert.Equal(plan, NarrativeReader.IsPlan(["Sở Công Thương", line, "Năm 2024"]));
}

/// <summary>The running-text reader never throws on damaged corpus text (the fuzzer found two slices of negative length).</summary>
public class NarrativeReaderRobustnessTests
{
    public static TheoryData<string> DevTexts()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.EnumerateFiles(RepoPaths.Fixtures(Path.Combine("corpus", "dev")), "*.txt").Order()) data.Add(Path.GetFileName(f));
        return data;
    }

    // The suite's fuzz run found it: a short bulleted paragraph ("- ab") was cut past its end when testing for a heading.
    [Theory]
    [InlineData("- ab")]
    [InlineData("•  𝐀")]
    public void Parse_ShortBulletedParagraph_NeverThrows(string paragraph) =>
        Assert.Null(Record.Exception(() => NarrativeReader.Parse("a.txt", ["Chỉ số SIPAS năm 2024", "", paragraph], null)));

    [Theory]
    [MemberData(nameof(DevTexts))]
    public void Parse_MutatedCorpusText_ReportsNeverThrows(string name)
    {
        var text = File.ReadAllText(RepoPaths.Fixtures(Path.Combine("corpus", "dev", name)));
        var random = new Random(name.Length);
        foreach (var mutated in new[]
                 {
                     Analytics.Fuzz.TextMutations.AstralWords(random, text), Analytics.Fuzz.TextMutations.DuplicateLines(random, text),
                     Analytics.Fuzz.TextMutations.InvisibleInNumbers(random, text), Analytics.Fuzz.TextMutations.EmojiRuns(random, text),
                     string.Concat(Enumerable.Repeat(text, 3)),
                 })
        {
            var e = Record.Exception(() => NarrativeReader.Parse(name, mutated.Split('\n'), null));
            Assert.Null(e);
        }
    }
}
