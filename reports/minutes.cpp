#include "minutes.h"

#include <algorithm>

#include "tally/percent.h"
#include "wording.h"

namespace kp {

namespace {

using doc::Align;
using doc::Cell;
using doc::Paragraph;
using doc::Table;

constexpr const char* BLANK = "……";  // a dotted blank the committee fills in by hand

Paragraph para(std::string text, Align align = Align::Justify, bool bold = false) {
    Paragraph p;
    p.text = std::move(text);
    p.align = align;
    p.bold = bold;
    return p;
}

Paragraph heading(std::string text) {
    Paragraph p = para(std::move(text), Align::Left, true);
    p.spaceBefore = 8;
    return p;
}

Paragraph item(std::string text) {
    Paragraph p = para(std::move(text));
    p.firstLineIndent = true;
    return p;
}

std::string count(std::optional<Count> n) {
    return n ? std::to_string(*n) : BLANK;
}

const Election& electionOf(const Congress& c, const RoundResult& r) {
    return *std::ranges::find(c.elections, r.spec.election, &Election::id);
}

// Who is counted: "đảng viên" at a congress of members, "đại biểu" at one of delegates, the new
// committee's "ủy viên" for elections at its first meeting (their own electorate).
std::string noun(const Congress& c, const Election& e) {
    if (e.electorate) {
        return "ủy viên";
    }
    return c.kind == CongressKind::Members ? "đảng viên" : "đại biểu";
}

// The header block: the party organisations on the left, the Party's name and the date on the right.
Table headerBlock(const Congress& c, const MinutesInfo& info, const std::string& issuer) {
    Cell left;
    if (!info.superior.empty()) {
        left.lines.push_back(para(upperVi(info.superior), Align::Center));
    }
    left.lines.push_back(para(upperVi(c.organization), Align::Center, true));
    if (!issuer.empty()) {
        left.lines.push_back(para(issuer, Align::Center, true));
    }
    left.lines.push_back(para("*", Align::Center));
    Cell right;
    Paragraph party = para("ĐẢNG CỘNG SẢN VIỆT NAM", Align::Center, true);
    party.underline = true;
    right.lines.push_back(party);
    Paragraph when =
        para((info.locality.empty() ? std::string(BLANK) : info.locality) + ", " + dateWords(info.date), Align::Center);
    when.italic = true;
    when.spaceBefore = 6;
    right.lines.push_back(when);
    return Table{{45, 55}, {{left, right}}, 0, false};
}

Paragraph title(std::string text, int points = 15) {
    Paragraph p = para(std::move(text), Align::Center, true);
    p.points = points;
    p.spaceBefore = 12;
    return p;
}

std::string roundWords(const RoundResult& r) {
    return r.spec.round > 1 ? " (bầu lần " + std::to_string(r.spec.round) + ")" : "";
}

// Signatures: the members on the left, the chair on the right, room to sign above each name.
Table signatures(const MinutesInfo& info) {
    Cell members;
    members.lines.push_back(para("CÁC THÀNH VIÊN BAN KIỂM PHIẾU", Align::Center, true));
    Paragraph hint = para("(Ký, ghi rõ họ tên)", Align::Center);
    hint.italic = true;
    members.lines.push_back(hint);
    Cell chair;
    chair.lines.push_back(para("TRƯỞNG BAN KIỂM PHIẾU", Align::Center, true));
    chair.lines.push_back(hint);
    bool hasChair = false;
    for (const CommitteeMember& m : info.committee) {
        Paragraph name = para(m.name, Align::Center, true);
        name.spaceBefore = 42;  // room for a signature
        (m.chair ? chair : members).lines.push_back(name);
        hasChair = hasChair || m.chair;
    }
    if (!hasChair) {
        Paragraph blank = para(BLANK, Align::Center);
        blank.spaceBefore = 42;
        chair.lines.push_back(blank);
    }
    return Table{{50, 50}, {{members, chair}}, 0, false};
}

}  // namespace

std::string sealText(const RecordSeal& seal) {
    return seal.program + " · SHA-256 kết quả (JSON chuẩn): " + seal.resultSha256 + " · đầu nhật ký kiểm phiếu: " +
           (seal.auditHead.empty() ? "không có (lập từ tệp, không từ hồ sơ)" : seal.auditHead) +
           (seal.publicKey.empty() ? "" : " · khóa công khai của đại hội: " + seal.publicKey);
}

namespace {

doc::Document document(const std::string& titleText, const MinutesInfo& info, const RecordSeal& seal) {
    doc::Document d;
    d.title = titleText;
    d.watermark = info.training ? TRAINING_WATERMARK : "";
    d.footer = sealText(seal);
    return d;
}

const CandidateResult& candidate(const RoundResult& r, const CandidateId& id) {
    return *std::ranges::find(r.candidates, id, &CandidateResult::id);
}

// A table of candidates with their votes and percent of the base, in the order given.
Table electedTable(const RoundResult& r, const std::vector<CandidateId>& ids) {
    Table t{{8, 52, 18, 22}, {}, 1, true};
    t.rows.push_back({doc::cell("STT", Align::Center, true), doc::cell("Họ và tên", Align::Center, true),
                      doc::cell("Số phiếu", Align::Center, true), doc::cell("Tỷ lệ %", Align::Center, true)});
    int n = 0;
    for (const CandidateId& id : ids) {
        const CandidateResult& c = candidate(r, id);
        t.rows.push_back({doc::cell(std::to_string(++n), Align::Center), doc::cell(c.name),
                          doc::cell(std::to_string(c.votes), Align::Right),
                          doc::cell(formatPercent(c.share), Align::Right)});
    }
    return t;
}

// Ties and unfilled places, in words, with what the congress must decide.
void undecided(std::vector<doc::Block>& out, const RoundResult& r, const std::optional<Tie>& tie, Count unfilled,
               const std::string& places) {
    if (tie) {
        const CandidateResult& first = candidate(r, tie->candidates.front());
        out.push_back(item("Các đồng chí " + names(r, tie->candidates) + " cùng được " + std::to_string(first.votes) +
                           " phiếu (" + formatPercent(first.share) + "%), cùng đạt quá bán, trong khi chỉ còn " +
                           numberWords(tie->seats) + " (" + std::to_string(tie->seats) + ") " + places +
                           ". Ban kiểm phiếu không chọn thay Đại hội: đề nghị Đại hội bầu lại (bầu lần " +
                           std::to_string(r.spec.round + 1) + ") giữa các đồng chí này để chọn " +
                           numberWords(tie->seats) + " (" + std::to_string(tie->seats) + ") đồng chí."));
    }
    if (unfilled > 0) {
        out.push_back(item("Còn thiếu " + numberWords(unfilled) + " (" + std::to_string(unfilled) + ") " + places +
                           " so với số lượng cần bầu, vì không đủ số đồng chí có số phiếu bầu quá một nửa. Đề nghị Đại "
                           "hội thảo luận, quyết định có bầu tiếp hay không, số lượng và danh sách bầu tiếp."));
    }
}

}  // namespace

doc::Document countingMinutes(const Congress& c, const MinutesInfo& info, const RoundResult& r,
                              const RecordSeal& seal) {
    const Election& e = electionOf(c, r);
    const std::string who = noun(c, e);
    const bool yesNo = r.spec.form() == BallotForm::YesNo;
    doc::Document d = document("Biên bản kiểm phiếu – " + e.title + roundWords(r), info, seal);
    auto& b = d.blocks;
    b.push_back(headerBlock(c, info, "BAN KIỂM PHIẾU"));
    b.push_back(title("BIÊN BẢN KIỂM PHIẾU"));
    b.push_back(para(e.title + roundWords(r), Align::Center, true));
    b.push_back(para(c.name, Align::Center));

    for (const std::string& basis : info.legalBasis) {
        b.push_back(item("- " + basis));
    }
    b.push_back(item("- Căn cứ số lượng cần bầu đã được Đại hội biểu quyết thông qua: " + std::to_string(r.spec.seats) +
                     " đồng chí" +
                     (r.spec.alternates > 0 ? " và " + std::to_string(r.spec.alternates) + " đồng chí dự khuyết" : "") +
                     ";"));
    b.push_back(item("- Căn cứ danh sách bầu cử gồm " + std::to_string(r.spec.candidates.size()) +
                     " đồng chí đã được Đại hội biểu quyết thông qua (theo thứ tự trên phiếu bầu):"));
    Table list{{8, 92}, {}, 0, true};
    for (std::size_t i = 0; i < r.spec.candidates.size(); ++i) {
        list.rows.push_back({doc::cell(std::to_string(i + 1), Align::Center), doc::cell(r.spec.candidates[i].name)});
    }
    b.push_back(list);

    b.push_back(heading("Ban kiểm phiếu gồm các đồng chí:"));
    if (info.committee.empty()) {
        b.push_back(item(std::string("1. Đồng chí ") + BLANK + " – Trưởng ban"));
        b.push_back(item(std::string("2. Đồng chí ") + BLANK + " – Thành viên"));
    }
    for (std::size_t i = 0; i < info.committee.size(); ++i) {
        b.push_back(item(std::to_string(i + 1) + ". Đồng chí " + info.committee[i].name + " – " +
                         (info.committee[i].chair ? "Trưởng ban" : "Thành viên")));
    }
    b.push_back(para("Đã tiến hành kiểm phiếu" + (info.place.empty() ? std::string() : " tại " + info.place) +
                     ", kết quả như sau:"));

    b.push_back(heading("I. SỐ " + upperVi(who) + " VÀ SỐ PHIẾU BẦU"));
    const Electorate& electorate = c.electorateOf(e);
    b.push_back(item("1. Tổng số " + who + " được triệu tập: " + std::to_string(electorate.convened) + "."));
    for (const Deduction& ded : electorate.deductions) {
        b.push_back(item("    Trừ " + std::to_string(ded.count) + " đồng chí " + ded.reason + "."));
    }
    b.push_back(item("2. Số " + who + " làm căn cứ tính tỷ lệ trúng cử: " + std::to_string(r.spec.base) + "."));
    const auto present = info.present.find(e.id.value);
    const std::optional<Count> presentCount =
        present == info.present.end() ? std::nullopt : std::optional<Count>(present->second);
    b.push_back(item("3. Số " + who + " có mặt khi bầu cử: " + count(presentCount) + "; vắng mặt: " +
                     count(presentCount ? std::optional<Count>(r.spec.base - *presentCount) : std::nullopt) + "."));
    b.push_back(item("4. Số phiếu phát ra: " + count(r.spec.issued) + "."));
    b.push_back(item("5. Số phiếu thu vào: " + std::to_string(r.ballots.collected) + "."));
    b.push_back(item("6. Số phiếu hợp lệ: " + std::to_string(r.ballots.valid) + "."));
    std::string invalid = "7. Số phiếu không hợp lệ: " + std::to_string(r.ballots.invalid);
    std::string reasons;
    for (InvalidReason reason : ALL_INVALID_REASONS) {
        if (r.ballots.invalidFor(reason) > 0) {
            reasons += (reasons.empty() ? "" : "; ") + std::string(reasonText(reason)) + ": " +
                       std::to_string(r.ballots.invalidFor(reason));
        }
    }
    b.push_back(item(invalid + (reasons.empty() ? "." : ", trong đó " + reasons + ".")));

    b.push_back(heading("II. KẾT QUẢ KIỂM PHIẾU (theo thứ tự danh sách bầu cử)"));
    Table votes{{7, 41, 14, 19, 19}, {}, 1, true};
    votes.rows.push_back(
        {doc::cell("STT", Align::Center, true), doc::cell("Họ và tên", Align::Center, true),
         doc::cell(yesNo ? "Số phiếu đồng ý" : "Số phiếu bầu", Align::Center, true),
         doc::cell("Tỷ lệ % so với số căn cứ (" + std::to_string(r.spec.base) + ")", Align::Center, true),
         doc::cell("% so với phiếu hợp lệ (tham khảo)", Align::Center, true)});
    for (std::size_t i = 0; i < r.candidates.size(); ++i) {
        const CandidateResult& cr = r.candidates[i];
        votes.rows.push_back({doc::cell(std::to_string(i + 1), Align::Center), doc::cell(cr.name),
                              doc::cell(std::to_string(cr.votes), Align::Right),
                              doc::cell(formatPercent(cr.share), Align::Right),
                              doc::cell(cr.shareValid ? formatPercent(*cr.shareValid) : "–", Align::Right)});
    }
    b.push_back(votes);
    b.push_back(item("Tỷ lệ chính thức tính trên số " + who + " làm căn cứ (" + std::to_string(r.spec.base) +
                     "), làm tròn đến hai chữ số thập phân; trúng cử phải có số phiếu quá một nửa, tức là ít nhất " +
                     std::to_string(r.spec.base / 2 + 1) +
                     " phiếu. Cột tỷ lệ so với phiếu hợp lệ chỉ để tham khảo, "
                     "không dùng để xác định kết quả."));

    b.push_back(heading("III. CÁC ĐỒNG CHÍ TRÚNG CỬ (theo số phiếu từ cao xuống thấp)"));
    if (!r.spec.electedEarlier.empty()) {
        std::string earlier;
        for (const CandidateId& id : r.spec.electedEarlier) {
            const auto found = std::ranges::find(e.candidates, id, &Candidate::id);
            earlier += (earlier.empty() ? "" : ", ") + (found == e.candidates.end() ? id.value : found->name);
        }
        b.push_back(item("Đã trúng cử ở các lần bầu trước, giữ nguyên kết quả: " + earlier + "."));
    }
    const std::string role = e.body == Body::DelegatesOfficial    ? " đại biểu chính thức"
                             : e.body == Body::DelegatesAlternate ? " đại biểu dự khuyết"
                                                                  : "";
    if (r.elected.empty()) {
        b.push_back(item("Không có đồng chí nào trúng cử" + role + " ở lần bầu này."));
    } else {
        b.push_back(item("Căn cứ kết quả kiểm phiếu, các đồng chí sau đây có số phiếu bầu quá một nửa so với tổng số " +
                         who + " làm căn cứ (" + std::to_string(r.spec.base) +
                         "), lấy theo thứ tự số phiếu từ cao xuống thấp cho vừa đủ số lượng cần bầu, đã trúng cử" +
                         role + ":"));
        b.push_back(electedTable(r, r.elected));
    }
    undecided(b, r, r.tie, r.unfilled, "chỗ");
    if (r.spec.alternates > 0) {
        b.push_back(item("Các đồng chí trúng cử đại biểu dự khuyết (theo số phiếu từ cao xuống thấp):"));
        if (!r.alternates.empty()) {
            b.push_back(electedTable(r, r.alternates));
        }
        undecided(b, r, r.alternateTie, r.alternatesUnfilled, "chỗ dự khuyết");
    }
    b.push_back(para("Biên bản lập xong hồi …… giờ …… phút, " + dateWords(info.date) +
                     ", đã đọc lại cho Ban kiểm phiếu cùng nghe và nhất trí ký tên."));
    b.push_back(signatures(info));
    return d;
}

doc::Document resultsAnnouncement(const Congress& c, const MinutesInfo& info, const std::vector<RoundResult>& results,
                                  const RecordSeal& seal) {
    doc::Document d = document("Danh sách trúng cử – " + c.name, info, seal);
    auto& b = d.blocks;
    b.push_back(headerBlock(c, info, "ĐOÀN CHỦ TỊCH"));
    b.push_back(title("DANH SÁCH TRÚNG CỬ"));
    b.push_back(para(c.name, Align::Center, true));
    for (const RoundResult& r : results) {
        const Election& e = electionOf(c, r);
        b.push_back(heading(e.title + roundWords(r) + " – số căn cứ " + std::to_string(r.spec.base) + ", " +
                            std::to_string(r.spec.seats) + " chỗ"));
        if (r.elected.empty()) {
            b.push_back(item("Không có đồng chí nào trúng cử ở lần bầu này."));
        } else {
            b.push_back(electedTable(r, r.elected));
        }
        undecided(b, r, r.tie, r.unfilled, "chỗ");
        if (r.spec.alternates > 0 && !r.alternates.empty()) {
            b.push_back(item("Dự khuyết:"));
            b.push_back(electedTable(r, r.alternates));
        }
        if (r.spec.alternates > 0) {
            undecided(b, r, r.alternateTie, r.alternatesUnfilled, "chỗ dự khuyết");
        }
    }
    b.push_back(item("Tỷ lệ % tính trên số được triệu tập trừ các trường hợp không tính theo quy định (số căn cứ)."));
    return d;
}

doc::Document electionsSummary(const Congress& c, const MinutesInfo& info, const std::vector<RoundResult>& results,
                               const RecordSeal& seal) {
    doc::Document d = document("Tổng hợp kết quả bầu cử – " + c.name, info, seal);
    d.landscape = true;
    auto& b = d.blocks;
    b.push_back(headerBlock(c, info, "BAN KIỂM PHIẾU"));
    b.push_back(title("TỔNG HỢP KẾT QUẢ BẦU CỬ"));
    b.push_back(para(c.name, Align::Center, true));
    Table t{{22, 6, 7, 7, 7, 7, 7, 7, 30}, {}, 1, true};
    t.rows.push_back({doc::cell("Cuộc bầu", Align::Center, true), doc::cell("Lần", Align::Center, true),
                      doc::cell("Cần bầu", Align::Center, true), doc::cell("Căn cứ", Align::Center, true),
                      doc::cell("Thu vào", Align::Center, true), doc::cell("Hợp lệ", Align::Center, true),
                      doc::cell("Không hợp lệ", Align::Center, true), doc::cell("Trúng cử", Align::Center, true),
                      doc::cell("Còn lại", Align::Center, true)});
    for (const RoundResult& r : results) {
        std::string open;
        if (r.tie) {
            open = "bằng phiếu: " + names(r, r.tie->candidates) + " cho " + std::to_string(r.tie->seats) + " chỗ";
        }
        if (r.unfilled > 0) {
            open += (open.empty() ? "" : "; ") + std::string("thiếu ") + std::to_string(r.unfilled) + " chỗ";
        }
        t.rows.push_back({doc::cell(electionOf(c, r).title), doc::cell(std::to_string(r.spec.round), Align::Center),
                          doc::cell(std::to_string(r.spec.seats), Align::Right),
                          doc::cell(std::to_string(r.spec.base), Align::Right),
                          doc::cell(std::to_string(r.ballots.collected), Align::Right),
                          doc::cell(std::to_string(r.ballots.valid), Align::Right),
                          doc::cell(std::to_string(r.ballots.invalid), Align::Right),
                          doc::cell(std::to_string(r.elected.size()), Align::Right),
                          doc::cell(open.empty() ? "–" : open)});
    }
    b.push_back(t);
    b.push_back(signatures(info));
    return d;
}

}  // namespace kp
