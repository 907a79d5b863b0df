#include "tally_text.h"

#include <algorithm>
#include <sstream>

#include "tally/percent.h"
#include "wording.h"

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
