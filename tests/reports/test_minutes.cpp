// The minutes as documents, before any renderer: Vietnamese wording (numbers and dates in
// words, capitals), the presentation fields of the congress file, and what the minutes of
// each kind of round must state (a tie, unfilled seats, a yes/no ballot, alternates).
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "reports/congress_json.h"
#include "reports/minutes.h"
#include "reports/readings_jsonl.h"
#include "reports/results_csv.h"
#include "reports/wording.h"
#include "tally/tally.h"

using namespace kp;

namespace {

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// Every text of a document, one paragraph a line, tables row by row.
std::string allText(const doc::Document& d) {
    std::string out;
    for (const doc::Block& b : d.blocks) {
        if (const auto* p = std::get_if<doc::Paragraph>(&b)) {
            out += p->text + "\n";
        } else if (const auto* t = std::get_if<doc::Table>(&b)) {
            for (const auto& row : t->rows) {
                for (const doc::Cell& c : row) {
                    for (const doc::Paragraph& line : c.lines) {
                        out += line.text + " | ";
                    }
                }
                out += "\n";
            }
        }
    }
    return out;
}

struct Counted {
    Congress congress;
    MinutesInfo info;
    std::vector<RoundResult> results;
};

Counted count(const std::string& congressText, const std::string& readingsText) {
    auto congress = parseCongress(congressText);
    REQUIRE_MESSAGE(congress.has_value(), (congress ? "" : congress.error().message()));
    auto info = parseMinutesInfo(congressText);
    REQUIRE_MESSAGE(info.has_value(), (info ? "" : info.error()));
    auto readings = parseReadings(readingsText);
    REQUIRE(readings.has_value());
    auto results = tally(*congress, *readings);
    REQUIRE_MESSAGE(results.has_value(), (results ? "" : results.error().message()));
    return {*congress, *info, *results};
}

Counted sample(const std::string& name) {
    const std::string dir = std::string(KP_SOURCE_DIR) + "/samples/" + name + "/";
    return count(slurp(dir + "congress.json"), slurp(dir + "readings.jsonl"));
}

const RecordSeal SEAL{std::string(64, 'a'), std::string(64, 'b'), "KiemPhieu test", ""};

const RoundResult& round(const Counted& c, const std::string& election, int number) {
    return *std::ranges::find_if(c.results, [&](const RoundResult& r) {
        return r.spec.election.value == election && r.spec.round == number;
    });
}

}  // namespace

TEST_CASE("reports: numbers, dates and capitals in Vietnamese") {
    CHECK(numberWords(1) == "một");
    CHECK(numberWords(5) == "năm");
    CHECK(numberWords(10) == "mười");
    CHECK(numberWords(11) == "mười một");
    CHECK(numberWords(15) == "mười lăm");
    CHECK(numberWords(21) == "hai mươi mốt");
    CHECK(numberWords(25) == "hai mươi lăm");
    CHECK(numberWords(40) == "bốn mươi");
    CHECK(numberWords(105) == "một trăm lẻ năm");
    CHECK(numberWords(110) == "một trăm mười");
    CHECK(numberWords(348) == "ba trăm bốn mươi tám");
    CHECK(numberWords(1005) == "một nghìn không trăm lẻ năm");
    CHECK(numberWords(12'021) == "mười hai nghìn không trăm hai mươi mốt");
    CHECK(dateWords("2025-06-04") == "ngày 04 tháng 6 năm 2025");
    CHECK(dateWords("") == "ngày … tháng … năm …");
    CHECK(dateWords("14/6/2025") == "ngày … tháng … năm …");
    CHECK(upperVi("Chi bộ Khu phố 3") == "CHI BỘ KHU PHỐ 3");
    CHECK(upperVi("Đảng bộ phường Bến Thành") == "ĐẢNG BỘ PHƯỜNG BẾN THÀNH");
    CHECK(upperVi("ưu tiên ỹ ỵ ằ") == "ƯU TIÊN Ỹ Ỵ Ằ");
}

TEST_CASE("reports: the congress file's fields for the minutes are read, and wrong ones named") {
    const auto info = parseMinutesInfo(slurp(std::string(KP_SOURCE_DIR) + "/samples/co-so/congress.json"));
    REQUIRE(info.has_value());
    CHECK(info->locality == "Bến Thành");
    REQUIRE(info->committee.size() == 3);
    CHECK(info->committee[0].chair);
    CHECK(info->present.at("cu") == 38);
    CHECK(info->legalBasis.size() == 3);
    CHECK_FALSE(info->training);
    CHECK(parseMinutesInfo(R"({"congress": {"counting_committee": [{"name": "A", "role": "chair"}]}})").error() ==
          "congress file: congress.counting_committee[0].role: \"chair\" is not one of: truong_ban, thanh_vien");
    CHECK(parseMinutesInfo(R"({"congress": {"training": "yes"}})").error() ==
          "congress file: congress.training: must be true or false");
    CHECK(parseMinutesInfo(R"({"elections": [{"id": "x", "present": -3}]})").error() ==
          "congress file: elections[0].present: must be a whole number ≥ 0");
}

TEST_CASE("reports: the minutes of a strike round state every required field, the elected from high to low") {
    const Counted c = sample("co-so");
    const std::string text = allText(countingMinutes(c.congress, c.info, round(c, "cu", 1), SEAL));
    for (const char* expected :
         {"ĐẢNG BỘ PHƯỜNG BẾN THÀNH", "CHI BỘ KHU PHỐ 3", "ĐẢNG CỘNG SẢN VIỆT NAM", "Bến Thành, ngày 14 tháng 6 năm 2025",
          "BIÊN BẢN KIỂM PHIẾU", "Bầu Chi ủy khóa V", "Căn cứ Quy chế bầu cử trong Đảng",
          "số lượng cần bầu đã được Đại hội biểu quyết thông qua: 5 đồng chí", "danh sách bầu cử gồm 6 đồng chí",
          "1. Đồng chí Nguyễn Thị Hằng – Trưởng ban", "Tổng số đảng viên được triệu tập: 42",
          "Trừ 2 đồng chí sinh hoạt tạm thời ở đảng bộ khác", "làm căn cứ tính tỷ lệ trúng cử: 38",
          "có mặt khi bầu cử: 38; vắng mặt: 0", "Số phiếu phát ra: 38", "Số phiếu thu vào: 38", "Số phiếu hợp lệ: 37",
          "Số phiếu không hợp lệ: 1, trong đó để quá số lượng cần bầu: 1", "ít nhất 20 phiếu",
          "TRƯỞNG BAN KIỂM PHIẾU", "CÁC THÀNH VIÊN BAN KIỂM PHIẾU"}) {
        CHECK_MESSAGE(text.find(expected) != std::string::npos, expected);
    }
    // Per candidate in ballot order, then the elected by votes.
    const RoundResult& r = round(c, "cu", 1);
    std::size_t at = text.find("II. KẾT QUẢ KIỂM PHIẾU");
    for (const CandidateResult& cr : r.candidates) {
        const std::size_t next = text.find(cr.name + " | " + std::to_string(cr.votes) + " | ", at);
        CHECK_MESSAGE(next != std::string::npos, cr.name);
        at = next;
    }
    at = text.find("III. CÁC ĐỒNG CHÍ TRÚNG CỬ");
    for (const CandidateId& id : r.elected) {
        const std::size_t next = text.find(nameOf(r, id), at);
        CHECK(next != std::string::npos);
        at = next;
    }
    CHECK(text.find("bầu lại") == std::string::npos);  // no tie here
}

TEST_CASE("reports: a tie and unfilled seats are stated in words with what the congress must decide") {
    const Counted c = sample("co-so");
    const std::string tie = allText(countingMinutes(c.congress, c.info, round(c, "dh", 1), SEAL));
    CHECK(tie.find("cùng được 22 phiếu (57,89%), cùng đạt quá bán, trong khi chỉ còn một (1) chỗ") != std::string::npos);
    CHECK(tie.find("bầu lại (bầu lần 2) giữa các đồng chí này để chọn một (1) đồng chí") != std::string::npos);
    CHECK(tie.find("đã trúng cử đại biểu chính thức:") != std::string::npos);  // dh elects official delegates
    const std::string runoff = allText(countingMinutes(c.congress, c.info, round(c, "dh", 2), SEAL));
    CHECK(runoff.find("(bầu lần 2)") != std::string::npos);
    CHECK(runoff.find("Đã trúng cử ở các lần bầu trước, giữ nguyên kết quả") != std::string::npos);

    // Three seats, only one candidate past half of the base of 10: two seats unfilled.
    const Counted u = count(
        R"({"format": "kiemphieu.congress/1", "congress": {"name": "Đại hội thử", "organization": "Chi bộ A",
            "level": "co_so", "kind": "members", "convened": 10},
            "elections": [{"id": "e", "title": "Bầu Chi ủy", "body": "executive_committee", "seats": 3,
              "candidates": [{"id": "a", "name": "An"}, {"id": "b", "name": "Bình"}, {"id": "c", "name": "Cường"},
                             {"id": "d", "name": "Dũng"}]}]})",
        R"({"election": "e", "sheet": "1", "struck": ["b", "c", "d"]}
{"election": "e", "sheet": "2", "struck": ["b", "c", "d"]}
{"election": "e", "sheet": "3", "struck": ["b", "c", "d"]}
{"election": "e", "sheet": "4", "struck": ["b", "c", "d"]}
{"election": "e", "sheet": "5", "struck": ["b", "c", "d"]}
{"election": "e", "sheet": "6", "struck": ["b", "c", "d"]}
)");
    const std::string unfilled = allText(countingMinutes(u.congress, u.info, u.results.front(), SEAL));
    CHECK(unfilled.find("Còn thiếu hai (2) chỗ so với số lượng cần bầu") != std::string::npos);
    CHECK(unfilled.find("quyết định có bầu tiếp hay không") != std::string::npos);
    // Fields the congress file does not give are left blank for the pen.
    CHECK(unfilled.find("có mặt khi bầu cử: ……; vắng mặt: ……") != std::string::npos);
    CHECK(unfilled.find("Số phiếu phát ra: ……") != std::string::npos);
    CHECK(unfilled.find("ngày … tháng … năm …") != std::string::npos);
}

TEST_CASE("reports: yes/no, delegates and training variants") {
    const Counted c = sample("co-so");
    const std::string yesNo = allText(countingMinutes(c.congress, c.info, round(c, "bt", 1), SEAL));
    CHECK(yesNo.find("Số phiếu đồng ý") != std::string::npos);
    CHECK(yesNo.find("không biểu thị đồng ý hay không đồng ý: 2") != std::string::npos);

    const Counted t = sample("tinh");
    const doc::Document official = countingMinutes(t.congress, t.info, round(t, "dbct", 1), SEAL);
    const std::string delegates = allText(official);
    CHECK(delegates.find("ĐẢNG BỘ TỈNH HÒA BÌNH MẪU") != std::string::npos);
    CHECK(delegates.find("Tổng số đại biểu được triệu tập: 350") != std::string::npos);
    CHECK(delegates.find("đã trúng cử đại biểu chính thức:") != std::string::npos);
    CHECK(official.watermark.empty());
    CHECK(official.footer.find(std::string(64, 'a')) != std::string::npos);
    CHECK(official.footer.find(std::string(64, 'b')) != std::string::npos);

    MinutesInfo training = t.info;
    training.training = true;
    CHECK(countingMinutes(t.congress, training, round(t, "bch", 1), SEAL).watermark == "DIỄN TẬP – KHÔNG CÓ GIÁ TRỊ");
    CHECK(resultsAnnouncement(t.congress, training, t.results, SEAL).watermark == "DIỄN TẬP – KHÔNG CÓ GIÁ TRỊ");
    CHECK(electionsSummary(t.congress, training, t.results, SEAL).watermark == "DIỄN TẬP – KHÔNG CÓ GIÁ TRỊ");
}

TEST_CASE("reports: CSV quotes what needs quoting and carries a byte-order mark for spreadsheets") {
    CHECK(csvLine({"a", "b,c", "say \"x\"", "line\nbreak"}) == "a,\"b,c\",\"say \"\"x\"\"\",\"line\nbreak\"\r\n");
    const Counted c = sample("co-so");
    const std::string csv = candidatesCsv(c.congress, c.results);
    CHECK(csv.starts_with("\xEF\xBB\xBF" "Mã cuộc bầu,"));
    CHECK(csv.find("\r\ncu,Bầu Chi ủy khóa V,1,1,cu01,") != std::string::npos);
    CHECK(csv.find(",34,\"89,47\",\"91,89\",có,trúng cử\r\n") != std::string::npos);
}
