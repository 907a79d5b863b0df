#include "party_order.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

namespace kp {

namespace {

// Primary weight of a letter: its place in the alphabet; 0 for separators. Letters outside
// the alphabet (digits, punctuation, other scripts) weigh by code point after every letter.
constexpr std::u32string_view ALPHABET = U"aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";
constexpr std::array<std::u32string_view, 12> VOWELS{
    U"aàảãáạ", U"ăằẳẵắặ", U"âầẩẫấậ", U"eèẻẽéẹ", U"êềểễếệ", U"iìỉĩíị",
    U"oòỏõóọ", U"ôồổỗốộ", U"ơờởỡớợ", U"uùủũúụ", U"ưừửữứự", U"yỳỷỹýỵ"};
constexpr std::u32string_view UPPER = U"AĂÂBCDĐEÊFGHIJKLMNOÔƠPQRSTUƯVWXY";
constexpr std::array<std::u32string_view, 12> UPPER_VOWELS{
    U"AÀẢÃÁẠ", U"ĂẰẲẴẮẶ", U"ÂẦẨẪẤẬ", U"EÈẺẼÉẸ", U"ÊỀỂỄẾỆ", U"IÌỈĨÍỊ",
    U"OÒỎÕÓỌ", U"ÔỒỔỖỐỘ", U"ƠỜỞỠỚỢ", U"UÙỦŨÚỤ", U"ƯỪỬỮỨỰ", U"YỲỶỸÝỴ"};
// Combining marks of decomposed text: tones, then the modifiers that make ă â ê ô ơ ư.
constexpr std::array<char32_t, 5> TONE_MARKS{0x0300, 0x0309, 0x0303, 0x0301, 0x0323};  // huyền hỏi ngã sắc nặng
constexpr char32_t BREVE = 0x0306, CIRCUMFLEX = 0x0302, HORN = 0x031B;

struct Letter {
    std::uint32_t base;  // primary weight
    std::uint8_t tone;   // 0 ngang … 5 nặng
};

std::u32string decode(std::string_view s) {
    std::u32string out;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
        for (int k = 1; k < n && i + static_cast<std::size_t>(k) < s.size(); ++k) {
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3F);
        }
        out.push_back(cp);
        i += static_cast<std::size_t>(n);
    }
    return out;
}

std::uint32_t weightOfBase(char32_t c) {
    for (const std::u32string_view set : {ALPHABET, UPPER}) {
        if (const auto at = set.find(c); at != std::u32string_view::npos) {
            return static_cast<std::uint32_t>(at) + 1;
        }
    }
    return 0;
}

Letter letterOf(char32_t c) {
    for (std::size_t v = 0; v < VOWELS.size(); ++v) {
        for (const std::u32string_view set : {VOWELS[v], UPPER_VOWELS[v]}) {
            if (const auto tone = set.find(c); tone != std::u32string_view::npos) {
                return {weightOfBase(set[0]), static_cast<std::uint8_t>(tone)};
            }
        }
    }
    if (const std::uint32_t w = weightOfBase(c); w != 0) {
        return {w, 0};
    }
    return {1000 + static_cast<std::uint32_t>(c), 0};
}

// Letters of a text with decomposed marks folded into the letter they follow.
std::vector<Letter> lettersOf(std::string_view text) {
    std::vector<Letter> out;
    for (const char32_t c : decode(text)) {
        if (const auto t = std::ranges::find(TONE_MARKS, c); t != TONE_MARKS.end() && !out.empty()) {
            out.back().tone = static_cast<std::uint8_t>(t - TONE_MARKS.begin() + 1);
        } else if ((c == BREVE || c == CIRCUMFLEX || c == HORN) && !out.empty()) {
            // a+breve → ă, a+circumflex → â, e → ê, o → ô, o+horn → ơ, u+horn → ư
            const std::uint32_t w = out.back().base;
            const auto is = [&](char32_t base) { return w == weightOfBase(base); };
            if (c == BREVE && is(U'a')) out.back().base = weightOfBase(U'ă');
            if (c == CIRCUMFLEX && is(U'a')) out.back().base = weightOfBase(U'â');
            if (c == CIRCUMFLEX && is(U'e')) out.back().base = weightOfBase(U'ê');
            if (c == CIRCUMFLEX && is(U'o')) out.back().base = weightOfBase(U'ô');
            if (c == HORN && is(U'o')) out.back().base = weightOfBase(U'ơ');
            if (c == HORN && is(U'u')) out.back().base = weightOfBase(U'ư');
        } else if (c == U' ' || c == U'\t') {
            out.push_back({0, 0});
        } else {
            out.push_back(letterOf(c));
        }
    }
    return out;
}

std::vector<std::string_view> wordsOf(std::string_view name) {
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < name.size()) {
        while (i < name.size() && name[i] == ' ') {
            ++i;
        }
        const std::size_t start = i;
        while (i < name.size() && name[i] != ' ') {
            ++i;
        }
        if (i > start) {
            words.push_back(name.substr(start, i - start));
        }
    }
    return words;
}

std::string joined(const std::vector<std::string_view>& words, std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t i = from; i < to; ++i) {
        out += (out.empty() ? "" : " ") + std::string(words[i]);
    }
    return out;
}

}  // namespace

int compareVietnamese(std::string_view a, std::string_view b) {
    const std::vector<Letter> x = lettersOf(a);
    const std::vector<Letter> y = lettersOf(b);
    const auto base = [](const Letter& l) { return l.base; };
    const auto tone = [](const Letter& l) { return l.tone; };
    if (const auto c = std::lexicographical_compare_three_way(
            x.begin(), x.end(), y.begin(), y.end(), [&](const Letter& l, const Letter& r) { return base(l) <=> base(r); });
        c != 0) {
        return c < 0 ? -1 : 1;
    }
    const auto c = std::lexicographical_compare_three_way(
        x.begin(), x.end(), y.begin(), y.end(), [&](const Letter& l, const Letter& r) { return tone(l) <=> tone(r); });
    return c < 0 ? -1 : c > 0 ? 1 : 0;
}

bool partyOrderLess(std::string_view fullNameA, std::string_view fullNameB) {
    const auto a = wordsOf(fullNameA);
    const auto b = wordsOf(fullNameB);
    if (a.empty() || b.empty()) {
        return a.size() < b.size();
    }
    for (const auto& [x, y] :
         {std::pair{std::string(a.back()), std::string(b.back())},
          std::pair{std::string(a.front()), std::string(b.front())},
          std::pair{joined(a, 1, a.size() - 1), joined(b, 1, b.size() - 1)}}) {
        if (const int c = compareVietnamese(x, y); c != 0) {
            return c < 0;
        }
    }
    return false;
}

std::vector<Candidate> inPartyOrder(std::vector<Candidate> list) {
    std::ranges::stable_sort(list, [](const Candidate& a, const Candidate& b) { return partyOrderLess(a.name, b.name); });
    return list;
}

}  // namespace kp
