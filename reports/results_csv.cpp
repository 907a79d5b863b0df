#include "results_csv.h"

#include <algorithm>

#include "tally/percent.h"
#include "wording.h"

namespace kp {

namespace {

constexpr const char* BOM = "\xEF\xBB\xBF";

std::string field(const std::string& s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos) {
        return s;
    }
    std::string out = "\"";
    for (const char c : s) {
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    }
    return out + "\"";
}

const std::string& titleOf(const Congress& c, const RoundResult& r) {
    return std::ranges::find(c.elections, r.spec.election, &Election::id)->title;
}

}  // namespace

std::string csvLine(std::initializer_list<std::string> fields) {
    std::string out;
    for (const std::string& f : fields) {
        out += (out.empty() ? "" : ",") + field(f);
    }
    return out + "\r\n";
}

std::string candidatesCsv(const Congress& congress, std::span<const RoundResult> results) {
    std::string out = BOM + csvLine({"Mã cuộc bầu", "Cuộc bầu", "Lần bầu", "STT", "Mã", "Họ và tên", "Số phiếu",
                                     "Tỷ lệ % so với số căn cứ", "Tỷ lệ % so với phiếu hợp lệ (tham khảo)", "Quá bán",
                                     "Kết quả"});
    for (const RoundResult& r : results) {
        for (std::size_t i = 0; i < r.candidates.size(); ++i) {
            const CandidateResult& c = r.candidates[i];
            out += csvLine({r.spec.election.value, titleOf(congress, r), std::to_string(r.spec.round), std::to_string(i + 1),
                            c.id.value, c.name, std::to_string(c.votes), formatPercent(c.share),
                            c.shareValid ? formatPercent(*c.shareValid) : "", c.majority ? "có" : "không",
                            std::string(statusText(c.status))});
        }
    }
    return out;
}

std::string roundsCsv(const Congress& congress, std::span<const RoundResult> results) {
    std::string header = BOM + csvLine({"Mã cuộc bầu", "Cuộc bầu", "Lần bầu", "Số cần bầu", "Dự khuyết", "Số căn cứ",
                                        "Phiếu phát ra", "Phiếu thu vào", "Hợp lệ", "Không hợp lệ"});
    header.resize(header.size() - 2);
    for (InvalidReason reason : ALL_INVALID_REASONS) {
        header += "," + field("Không hợp lệ: " + std::string(reasonText(reason)));
    }
    std::string out = header + "," + field("Trúng cử") + "," + field("Bằng phiếu (chỗ)") + "," + field("Còn thiếu") + "\r\n";
    for (const RoundResult& r : results) {
        std::string line = csvLine({r.spec.election.value, titleOf(congress, r), std::to_string(r.spec.round),
                                    std::to_string(r.spec.seats), std::to_string(r.spec.alternates),
                                    std::to_string(r.spec.base), r.spec.issued ? std::to_string(*r.spec.issued) : "",
                                    std::to_string(r.ballots.collected), std::to_string(r.ballots.valid),
                                    std::to_string(r.ballots.invalid)});
        line.resize(line.size() - 2);
        for (InvalidReason reason : ALL_INVALID_REASONS) {
            line += "," + std::to_string(r.ballots.invalidFor(reason));
        }
        line += "," + field(names(r, r.elected)) + "," +
                field(r.tie ? names(r, r.tie->candidates) + " (" + std::to_string(r.tie->seats) + ")" : "") + "," +
                std::to_string(r.unfilled) + "\r\n";
        out += line;
    }
    return out;
}

}  // namespace kp
