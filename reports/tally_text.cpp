#include "tally_text.h"

#include <algorithm>
#include <sstream>

#include "tally/percent.h"

namespace kp {

namespace {

// Width in characters of NFC UTF-8 text: count the bytes that start a code point.
std::size_t columns(std::string_view s) {
    return static_cast<std::size_t>(std::ranges::count_if(s, [](char c) { return (c & 0xC0) != 0x80; }));
}

std::string pad(std::string_view s, std::size_t width, bool right = false) {
    const std::size_t w = columns(s);
    const std::string fill(w < width ? width - w : 0, ' ');
    return right ? fill + std::string(s) : std::string(s) + fill;
}

std::string_view statusText(CandidateStatus s) {
    switch (s) {
    case CandidateStatus::Elected: return "trúng cử";
    case CandidateStatus::Alternate: return "dự khuyết";
    case CandidateStatus::Tied: return "bằng phiếu";
    case CandidateStatus::NotElected: return "";
    }
    return "";
}

// How party minutes name the reasons a ballot is invalid.
std::string_view reasonText(InvalidReason r) {
    switch (r) {
    case InvalidReason::Overvote: return "để quá số lượng cần bầu";
    case InvalidReason::AllStruck: return "gạch hết tên";
    case InvalidReason::NoChoice: return "không biểu thị đồng ý hay không đồng ý";
    case InvalidReason::NotIssued: return "không phải phiếu do Ban kiểm phiếu phát ra";
    case InvalidReason::WriteIn: return "ghi thêm tên ngoài danh sách";
    case InvalidReason::IdentifyingMark: return "có ký hiệu, chữ ký hoặc viết thêm";
    }
    return "";
}

std::string nameOf(const RoundResult& r, const CandidateId& id) {
    const auto it = std::ranges::find(r.candidates, id, &CandidateResult::id);
    return it == r.candidates.end() ? id.value : it->name;
}

std::string names(const RoundResult& r, const std::vector<CandidateId>& ids) {
    std::string out;
    for (const CandidateId& id : ids) {
        out += (out.empty() ? "" : ", ") + nameOf(r, id);
    }
    return out;
}

void writeRound(std::ostringstream& out, const Election& e, const RoundResult& r) {
    out << "== " << e.title << " — vòng " << r.spec.round << " (" << r.spec.seats << " ghế";
    if (r.spec.alternates > 0) {
        out << " + " << r.spec.alternates << " dự khuyết";
    }
    out << ")\n";
    const BallotTotals& b = r.ballots;
    out << "Căn cứ tính tỷ lệ: " << r.spec.base << " · Phiếu thu vào: " << b.collected << " · Hợp lệ: " << b.valid
        << " · Không hợp lệ: " << b.invalid;
    std::string reasons;
    for (const InvalidReason reason : ALL_INVALID_REASONS) {
        if (b.invalidFor(reason) > 0) {
            reasons += (reasons.empty() ? "" : "; ") + std::string(reasonText(reason)) + ": " +
                       std::to_string(b.invalidFor(reason));
        }
    }
    out << (reasons.empty() ? "" : " (" + reasons + ")") << "\n";
    std::size_t width = 10;
    for (const CandidateResult& c : r.candidates) {
        width = std::max(width, columns(c.name));
    }
    out << pad("STT", 4) << pad("Họ và tên", width + 2) << pad("Số phiếu", 9, true) << pad("Tỷ lệ %", 10, true)
        << pad("% hợp lệ", 10, true) << "  Kết quả\n";
    for (std::size_t i = 0; i < r.candidates.size(); ++i) {
        const CandidateResult& c = r.candidates[i];
        out << pad(std::to_string(i + 1), 4) << pad(c.name, width + 2) << pad(std::to_string(c.votes), 9, true)
            << pad(formatPercent(c.share), 10, true)
            << pad(c.shareValid ? formatPercent(*c.shareValid) : "-", 10, true) << "  " << statusText(c.status)
            << "\n";
    }
    out << "Trúng cử (" << r.elected.size() << "): " << names(r, r.elected) << "\n";
    if (!r.alternates.empty()) {
        out << "Dự khuyết (" << r.alternates.size() << "): " << names(r, r.alternates) << "\n";
    }
    for (const auto* tie : {&r.tie, &r.alternateTie}) {
        if (*tie) {
            out << "Bằng phiếu tại vị trí cuối: " << names(r, (*tie)->candidates) << " cho " << (*tie)->seats
                << " chỗ — đại hội bầu lại giữa những người này.\n";
        }
    }
    if (r.unfilled > 0) {
        out << "Còn thiếu " << r.unfilled << " ghế — đại hội quyết định có bầu tiếp hay không.\n";
    }
    out << "(Tỷ lệ % là tỷ lệ chính thức, so với " << r.spec.base
        << " = số được triệu tập trừ các trường hợp được trừ; % hợp lệ chỉ để tham khảo.)\n\n";
}

}  // namespace

std::string tallySummaryText(const Congress& congress, std::span<const RoundResult> results) {
    std::ostringstream out;
    out << congress.organization << " — " << congress.name << "\n\n";
    for (const RoundResult& r : results) {
        const auto e = std::ranges::find(congress.elections, r.spec.election, &Election::id);
        writeRound(out, *e, r);
    }
    return out.str();
}

}  // namespace kp
