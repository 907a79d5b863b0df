#include "wording.h"

#include <algorithm>
#include <array>

namespace kp {

namespace {

// The precomposed Vietnamese letters, lower and upper case in the same order (UTF-8).
constexpr std::string_view LOWER = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ";
constexpr std::string_view UPPER = "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ";

std::size_t codePointLength(unsigned char lead) {
    return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

// The n-th code point of a UTF-8 string of such letters.
std::vector<std::string_view> codePoints(std::string_view s) {
    std::vector<std::string_view> out;
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t n = codePointLength(static_cast<unsigned char>(s[i]));
        out.push_back(s.substr(i, n));
        i += n;
    }
    return out;
}

constexpr std::array<std::string_view, 10> DIGITS{"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};

// 0 < n < 1000; `full`: a leading zero hundred is said ("không trăm"), as in the thousands.
std::string hundreds(Count n, bool full) {
    const Count h = n / 100, t = n / 10 % 10, u = n % 10;
    std::string out;
    if (h > 0 || full) {
        out = std::string(DIGITS[static_cast<std::size_t>(h)]) + " trăm";
    }
    if (t == 0 && u == 0) {
        return out;
    }
    const auto add = [&](std::string_view w) { out += (out.empty() ? "" : " ") + std::string(w); };
    if (t == 0) {
        if (!out.empty()) {
            add("lẻ");
        }
        add(DIGITS[static_cast<std::size_t>(u)]);
        return out;
    }
    add(t == 1 ? "mười" : std::string(DIGITS[static_cast<std::size_t>(t)]) + " mươi");
    if (u == 1) {
        add(t == 1 ? "một" : "mốt");
    } else if (u == 5) {
        add("lăm");
    } else if (u > 0) {
        add(DIGITS[static_cast<std::size_t>(u)]);
    }
    return out;
}

}  // namespace

std::string_view statusText(CandidateStatus s) {
    switch (s) {
    case CandidateStatus::Elected: return "trúng cử";
    case CandidateStatus::Alternate: return "dự khuyết";
    case CandidateStatus::Tied: return "bằng phiếu";
    case CandidateStatus::NotElected: return "";
    }
    return "";
}

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

std::string numberWords(Count n) {
    if (n <= 0 || n >= 1'000'000) {
        return n == 0 ? "không" : std::to_string(n);
    }
    const Count thousands = n / 1000, rest = n % 1000;
    if (thousands == 0) {
        return hundreds(rest, false);
    }
    std::string out = hundreds(thousands, false) + " nghìn";
    if (rest > 0) {
        out += " " + hundreds(rest, true);
    }
    return out;
}

std::string dateWords(std::string_view iso) {
    const bool wellFormed = iso.size() == 10 && iso[4] == '-' && iso[7] == '-' &&
                            std::ranges::all_of(iso.substr(0, 4), ::isdigit) && std::ranges::all_of(iso.substr(5, 2), ::isdigit) &&
                            std::ranges::all_of(iso.substr(8, 2), ::isdigit);
    if (!wellFormed) {
        return "ngày … tháng … năm …";
    }
    const auto number = [](std::string_view digits) { return std::to_string(std::stoi(std::string(digits))); };
    return "ngày " + std::string(iso.substr(8, 2)) + " tháng " + number(iso.substr(5, 2)) + " năm " + std::string(iso.substr(0, 4));
}

std::string upperVi(std::string_view text) {
    static const std::vector<std::string_view> lower = codePoints(LOWER);
    static const std::vector<std::string_view> upper = codePoints(UPPER);
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t n = std::min(codePointLength(static_cast<unsigned char>(text[i])), text.size() - i);
        const std::string_view cp = text.substr(i, n);
        if (n == 1) {
            out += static_cast<char>(cp[0] >= 'a' && cp[0] <= 'z' ? cp[0] - 'a' + 'A' : cp[0]);
        } else if (const auto at = std::ranges::find(lower, cp); at != lower.end()) {
            out += upper[static_cast<std::size_t>(at - lower.begin())];
        } else {
            out += cp;
        }
        i += n;
    }
    return out;
}

}  // namespace kp
