#include "ocr/word/word_template.h"

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <memory>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace kp::ocr {

namespace {

// Each precomposed Vietnamese letter (both cases) and its base letter.
constexpr std::string_view LETTERS[][2] = {
    {"àáảãạăằắẳẵặâầấẩẫậÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ", "a"}, {"èéẻẽẹêềếểễệÈÉẺẼẸÊỀẾỂỄỆ", "e"},
    {"ìíỉĩịÌÍỈĨỊ", "i"}, {"òóỏõọôồốổỗộơờớởỡợÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ", "o"},
    {"ùúủũụưừứửữựÙÚỦŨỤƯỪỨỬỮỰ", "u"}, {"ỳýỷỹỵỲÝỶỸỴ", "y"}, {"đĐ", "d"}};

std::size_t codePointLength(unsigned char lead) { return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4; }

char baseOf(std::string_view cp) {
    for (const auto& [letters, base] : LETTERS) {
        for (std::size_t i = 0; i < letters.size();) {
            const std::size_t n = codePointLength(static_cast<unsigned char>(letters[i]));
            if (letters.substr(i, n) == cp) {
                return base[0];
            }
            i += n;
        }
    }
    return 0;
}

struct Line {
    std::string text;
    std::string folded;
    cv::Rect box;
};

// A line that reads like a person's name: at least two words of two letters or more, and most
// of its words so (table rules read as junk like "s or c e" are not names).
bool looksLikeName(const std::string& folded) {
    int words = 0, real = 0;
    for (std::size_t i = 0; i < folded.size();) {
        const std::size_t end = std::min(folded.find(' ', i), folded.size());
        ++words;
        real += end - i >= 2 ? 1 : 0;
        i = end + 1;
    }
    return real >= 2 && 2 * real > words;
}

// The printed number before a name ("1.", "12)", a table's STT cell) is not part of it.
std::string withoutNumber(const std::string& folded) {
    std::size_t i = 0;
    while (i < folded.size() && folded[i] == ' ') {
        ++i;
    }
    return folded.substr(i);
}

}  // namespace

std::string foldName(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t n = std::min(codePointLength(static_cast<unsigned char>(text[i])), text.size() - i);
        const std::string_view cp = text.substr(i, n);
        char c = 0;
        if (n == 1) {
            const char ch = cp[0];
            c = (ch >= 'a' && ch <= 'z') ? ch : (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : 0;
        } else {
            c = baseOf(cp);
        }
        if (c != 0) {
            out += c;
        } else if (!out.empty() && out.back() != ' ') {
            out += ' ';  // digits, punctuation and spaces separate words
        }
        i += n;
    }
    while (!out.empty() && out.back() == ' ') {
        out.pop_back();
    }
    return out;
}

double nameSimilarity(std::string_view a, std::string_view b) {
    const std::size_t n = a.size(), m = b.size();
    if (n == 0 && m == 0) {
        return 1.0;
    }
    std::vector<std::size_t> row(m + 1);
    for (std::size_t j = 0; j <= m; ++j) {
        row[j] = j;
    }
    for (std::size_t i = 1; i <= n; ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= m; ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return 1.0 - static_cast<double>(row[m]) / static_cast<double>(std::max(n, m));
}

namespace {

std::expected<WordTemplate, std::string> learnUpright(const cv::Mat& blankGray, double dpi, std::span<const Candidate> list,
                                                      const std::string& tessdata) {
    tesseract::TessBaseAPI api;
    if (api.Init(tessdata.empty() ? nullptr : tessdata.c_str(), "vie") != 0) {
        return std::unexpected("Tesseract cannot load its Vietnamese data (package tesseract-ocr-vie)");
    }
    api.SetPageSegMode(tesseract::PSM_AUTO);
    api.SetImage(blankGray.data, blankGray.cols, blankGray.rows, 1, static_cast<int>(blankGray.step));
    api.SetSourceResolution(static_cast<int>(dpi));
    if (api.Recognize(nullptr) != 0) {
        return std::unexpected("Tesseract could not read the blank ballot");
    }
    // Words with letters and no digit: a name's box is theirs only, so the number cell of a
    // table row ("1", read on the same line — with the rule before it, as "T1") and the rule
    // between them are not taken for part of the name — a stroke through the name alone would
    // otherwise look partial. No name has a digit in it.
    std::vector<cv::Rect> letterWords;
    if (std::unique_ptr<tesseract::ResultIterator> words(api.GetIterator()); words) {
        do {
            const std::unique_ptr<char[]> text(words->GetUTF8Text(tesseract::RIL_WORD));
            int x1 = 0, y1 = 0, x2 = 0, y2 = 0;
            const auto digit = [](char ch) { return ch >= '0' && ch <= '9'; };
            if (text && !foldName(text.get()).empty() && std::ranges::none_of(std::string_view(text.get()), digit) &&
                words->BoundingBox(tesseract::RIL_WORD, &x1, &y1, &x2, &y2)) {
                letterWords.emplace_back(x1, y1, x2 - x1, y2 - y1);
            }
        } while (words->Next(tesseract::RIL_WORD));
    }
    const auto nameBox = [&](const cv::Rect& line) {
        cv::Rect box;
        for (const cv::Rect& w : letterWords) {
            if ((w & line) == w) {
                box = box.area() == 0 ? w : (box | w);
            }
        }
        return box.area() == 0 ? line : cv::Rect(box.x, line.y, box.width, line.height);
    };
    std::vector<Line> lines;
    std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
    if (it) {
        do {
            const std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_TEXTLINE));
            int x1 = 0, y1 = 0, x2 = 0, y2 = 0;
            if (text && it->BoundingBox(tesseract::RIL_TEXTLINE, &x1, &y1, &x2, &y2)) {
                const std::string folded = withoutNumber(foldName(text.get()));
                std::string read = text.get();
                while (!read.empty() && (read.back() == '\n' || read.back() == ' ')) {
                    read.pop_back();
                }
                // Names are printed across the page: a taller-than-wide "line" is something read
                // downwards — on an A4 list of 20, the column of list numbers ("1. 2. 3. …" read
                // as "Na m3 li si…"), or every name of a page lying sideways, which must be turned
                // (below) and not learned as it lies.
                if (!folded.empty() && x2 - x1 > y2 - y1) {
                    lines.push_back({read, folded, nameBox(cv::Rect(x1, y1, x2 - x1, y2 - y1))});
                }
            }
        } while (it->Next(tesseract::RIL_TEXTLINE));
    }
    api.End();

    WordTemplate out{dpi, 0, blankGray.size(), blankGray.clone(), {}};
    std::vector<std::size_t> at;
    for (std::size_t c = 0; c < list.size(); ++c) {
        const std::string want = foldName(list[c].name);
        std::size_t best = lines.size();
        double bestScore = 0;
        for (std::size_t l = 0; l < lines.size(); ++l) {
            // A table row may read as "2 Tran Anh Dung" or split the number off; compare the
            // line's end of the name's length too.
            const std::string& text = lines[l].folded;
            double score = nameSimilarity(text, want);
            if (text.size() > want.size()) {
                score = std::max(score, nameSimilarity(std::string_view(text).substr(text.size() - want.size()), want));
            }
            if (score > bestScore) {
                bestScore = score;
                best = l;
            }
        }
        if (best == lines.size() || bestScore < NAME_MATCH) {
            return std::unexpected("name " + std::to_string(c + 1) + " of the list, \"" + list[c].name +
                                   "\", is not on the blank ballot" +
                                   (best == lines.size() ? std::string() : " (closest line read: \"" + lines[best].text + "\")"));
        }
        if (!at.empty() && best <= at.back()) {
            return std::unexpected("the names are not in the list's order: \"" + list[c].name + "\" comes before \"" +
                                   list[c - 1].name + "\" on the blank ballot");
        }
        at.push_back(best);
        const std::string folded = foldName(list[c].name);
        out.names.push_back({list[c].id, lines[best].text, lines[best].box, bestScore,
                             1 + static_cast<int>(std::ranges::count(folded, ' '))});
    }
    // Between the first and the last name, every line that reads like a name must be one.
    for (std::size_t l = at.front() + 1; l < at.back(); ++l) {
        if (std::ranges::find(at, l) == at.end() && looksLikeName(lines[l].folded)) {
            return std::unexpected("the blank ballot has a name that is not on the list: \"" + lines[l].text + "\"");
        }
    }
    return out;
}

}  // namespace

std::expected<WordTemplate, std::string> learnWordTemplate(const cv::Mat& blankGray, double dpi,
                                                           std::span<const Candidate> list, const std::string& tessdata) {
    if (blankGray.empty() || blankGray.type() != CV_8UC1) {
        return std::unexpected("the blank ballot's image is empty or not 8-bit grey");
    }
    // Feeders take sheets any way round: upright first, then turned over, then sideways. The
    // reason given is the upright attempt's.
    auto upright = learnUpright(blankGray, dpi, list, tessdata);
    if (upright) {
        return upright;
    }
    for (const auto& [code, degrees] : {std::pair{cv::ROTATE_180, 180}, {cv::ROTATE_90_CLOCKWISE, 90},
                                       {cv::ROTATE_90_COUNTERCLOCKWISE, 270}}) {
        cv::Mat turned;
        cv::rotate(blankGray, turned, code);
        if (auto learned = learnUpright(turned, dpi, list, tessdata)) {
            learned->rotation = degrees;
            return learned;
        }
    }
    return upright;
}

}  // namespace kp::ocr
