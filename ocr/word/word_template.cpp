#include "ocr/word/word_template.h"

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <memory>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <optional>
#include <tuple>

namespace kp::ocr {

namespace {

// Each precomposed Vietnamese letter (both cases) and its base letter.
constexpr std::string_view LETTERS[][2] = {{"àáảãạăằắẳẵặâầấẩẫậÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ", "a"},
                                           {"èéẻẽẹêềếểễệÈÉẺẼẸÊỀẾỂỄỆ", "e"},
                                           {"ìíỉĩịÌÍỈĨỊ", "i"},
                                           {"òóỏõọôồốổỗộơờớởỡợÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ", "o"},
                                           {"ùúủũụưừứửữựÙÚỦŨỤƯỪỨỬỮỰ", "u"},
                                           {"ỳýỷỹỵỲÝỶỸỴ", "y"},
                                           {"đĐ", "d"}};

std::size_t codePointLength(unsigned char lead) {
    return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

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

struct Word {
    std::string folded;  // foldName's letters; empty for a word with a digit (a number, a year)
    cv::Rect box;
};

struct Line {
    std::string text;
    std::string folded;
    cv::Rect box;
    std::vector<Word> words;
};

// The words of a line that spell a candidate's name best, and how well: an office prints more on
// a name's line than the name — an honorific or a rank before it ("Đồng chí", "Đ/c", "Đại tá"),
// a post after it, a table row's other cells — and the name's box must be the candidate's own
// words, or a stroke through the name alone looks partial. A run of consecutive words with
// letters, compared as the list's name is (a word Tesseract splits or joins still matches).
struct NameRun {
    double score = 0;
    cv::Rect box;
};

NameRun bestRun(const Line& line, const std::string& want) {
    NameRun best;
    for (std::size_t from = 0; from < line.words.size(); ++from) {
        std::string joined;
        cv::Rect box;
        for (std::size_t to = from; to < line.words.size() && !line.words[to].folded.empty(); ++to) {
            joined += (joined.empty() ? "" : " ") + line.words[to].folded;
            box = box.area() == 0 ? line.words[to].box : (box | line.words[to].box);
            if (const double score = nameSimilarity(joined, want); score > best.score) {
                best = {score, box};
            }
            if (joined.size() > 2 * want.size()) {
                break;
            }
        }
    }
    return best;
}

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

// The table's rules on the blank: lines of ink longer than a row is tall (letters are not).
struct Rules {
    cv::Mat across, down;  // horizontal and vertical rules
};

Rules tableRules(const cv::Mat& blankGray, double dpi) {
    const double mm = dpi / 25.4;
    cv::Mat ink;
    cv::threshold(blankGray, ink, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    Rules r;
    cv::morphologyEx(ink, r.across, cv::MORPH_OPEN,
                     cv::getStructuringElement(cv::MORPH_RECT, cv::Size(static_cast<int>(12 * mm), 1)));
    cv::morphologyEx(ink, r.down, cv::MORPH_OPEN,
                     cv::getStructuringElement(cv::MORPH_RECT, cv::Size(1, static_cast<int>(5 * mm))));
    // a rule scanned askew steps between pixel rows: joined again across a pixel
    cv::dilate(r.across, r.across, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(1, 3)));
    cv::dilate(r.down, r.down, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 1)));
    return r;
}

// Where a rule mask is set along a line of pixels: the middle of each run.
std::vector<int> crossings(const cv::Mat& line) {
    std::vector<int> at;
    const int n = static_cast<int>(line.total());
    for (int i = 0; i < n;) {
        if (line.at<uchar>(i) == 0) {
            ++i;
            continue;
        }
        const int start = i;
        while (i < n && line.at<uchar>(i) != 0) ++i;
        at.push_back((start + i - 1) / 2);
    }
    return at;
}

// A name's row's "Đồng ý" and "Không đồng ý" cells: the last two cells right of the name,
// between the rules above and below it; `disagreeLeft` when the header says "Không…" over the
// left one.
std::optional<std::pair<cv::Rect, cv::Rect>> rowBoxes(const Rules& rules, const cv::Rect& name, bool disagreeLeft) {
    const int y = name.y + name.height / 2;
    std::vector<int> right;
    for (const int x : crossings(rules.down.row(y))) {
        if (x > name.br().x)
            right.push_back(x);
    }
    if (right.size() < 3) {
        return std::nullopt;
    }
    const int a = right[right.size() - 3], b = right[right.size() - 2], c = right.back();
    const auto cell = [&](int left, int rightX) -> std::optional<cv::Rect> {
        const int x = (left + rightX) / 2;
        const std::vector<int> across = crossings(rules.across.col(x));
        const auto below = std::ranges::find_if(across, [&](int v) { return v > y; });
        if (below == across.begin() || below == across.end()) {
            return std::nullopt;
        }
        return cv::Rect(cv::Point(left, *std::prev(below)), cv::Point(rightX, *below));
    };
    const auto first = cell(a, b), second = cell(b, c);
    if (!first || !second) {
        return std::nullopt;
    }
    return disagreeLeft ? std::pair{*second, *first} : std::pair{*first, *second};
}

std::expected<WordTemplate, std::string> learnUpright(const cv::Mat& blankGray, double dpi,
                                                      std::span<const Candidate> list, BallotForm form,
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
    // The page's lines, each with its words: words with a digit (a list number, a year of birth)
    // are kept as separators but never part of a name — no name has a digit in it.
    std::vector<Line> lines;
    std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
    if (it) {
        do {
            if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE)) {
                const std::unique_ptr<char[]> text(it->GetUTF8Text(tesseract::RIL_TEXTLINE));
                int x1 = 0, y1 = 0, x2 = 0, y2 = 0;
                it->BoundingBox(tesseract::RIL_TEXTLINE, &x1, &y1, &x2, &y2);
                std::string read = text ? text.get() : "";
                while (!read.empty() && (read.back() == '\n' || read.back() == ' ')) {
                    read.pop_back();
                }
                lines.push_back({read, foldName(read), cv::Rect(x1, y1, x2 - x1, y2 - y1), {}});
            }
            const std::unique_ptr<char[]> word(it->GetUTF8Text(tesseract::RIL_WORD));
            int x1 = 0, y1 = 0, x2 = 0, y2 = 0;
            if (word && !lines.empty() && it->BoundingBox(tesseract::RIL_WORD, &x1, &y1, &x2, &y2)) {
                const auto digit = [](char ch) { return ch >= '0' && ch <= '9'; };
                const bool number = std::ranges::any_of(std::string_view(word.get()), digit);
                lines.back().words.push_back(
                    {number ? std::string() : foldName(word.get()), cv::Rect(x1, y1, x2 - x1, y2 - y1)});
            }
        } while (it->Next(tesseract::RIL_WORD));
    }
    // Names are printed across the page: a taller-than-wide "line" is something read downwards —
    // on an A4 list of 20, the column of list numbers ("1. 2. 3. …" read as "Na m3 li si…"), or
    // every name of a page lying sideways, which must be turned (below) and not learned as it lies.
    std::erase_if(lines, [](const Line& l) { return l.folded.empty() || l.box.width <= l.box.height; });
    api.End();

    WordTemplate out{dpi, 0, blankGray.size(), blankGray.clone(), {}};
    std::vector<std::size_t> at;
    for (std::size_t c = 0; c < list.size(); ++c) {
        const std::string want = foldName(list[c].name);
        std::size_t best = lines.size();
        NameRun bestName;
        for (std::size_t l = 0; l < lines.size(); ++l) {
            if (const NameRun run = bestRun(lines[l], want); run.score > bestName.score) {
                bestName = run;
                best = l;
            }
        }
        if (best == lines.size() || bestName.score < NAME_MATCH) {
            return std::unexpected(
                "name " + std::to_string(c + 1) + " of the list, \"" + list[c].name + "\", is not on the blank ballot" +
                (best == lines.size() ? std::string() : " (closest line read: \"" + lines[best].text + "\")"));
        }
        if (!at.empty() && best <= at.back()) {
            return std::unexpected("the names are not in the list's order: \"" + list[c].name + "\" comes before \"" +
                                   list[c - 1].name + "\" on the blank ballot");
        }
        at.push_back(best);
        const cv::Rect& line = lines[best].box;
        out.names.push_back({list[c].id,
                             lines[best].text,
                             cv::Rect(bestName.box.x, line.y, bestName.box.width, line.height),
                             bestName.score,
                             1 + static_cast<int>(std::ranges::count(want, ' ')),
                             {},
                             {}});
    }
    // Between the first and the last name, every line that reads like a name must be one — or
    // lie on a name's row (a table's other cells: a post, read as a line of its own).
    const auto onNameRow = [&](const Line& l) {
        return std::ranges::any_of(at, [&](std::size_t n) {
            const cv::Rect& row = lines[n].box;
            return 2 * (std::min(row.br().y, l.box.br().y) - std::max(row.y, l.box.y)) >=
                   std::min(row.height, l.box.height);
        });
    };
    for (std::size_t l = at.front() + 1; l < at.back(); ++l) {
        if (std::ranges::find(at, l) == at.end() && looksLikeName(withoutNumber(lines[l].folded)) &&
            !onNameRow(lines[l])) {
            return std::unexpected("the blank ballot has a name that is not on the list: \"" + lines[l].text + "\"");
        }
    }
    if (form == BallotForm::YesNo) {
        // The header over the boxes: "Không đồng ý" is the column whose heading starts "Không".
        const int listTop = out.names.front().box.y;
        int khong = -1;
        for (const Line& l : lines) {
            for (const Word& w : l.words) {
                if (w.box.br().y <= listTop && w.folded == "khong")
                    khong = w.box.x + w.box.width / 2;
            }
        }
        const Rules rules = tableRules(blankGray, dpi);
        for (LearnedName& name : out.names) {
            auto boxes = rowBoxes(rules, name.box, false);
            if (boxes && khong >= 0 && khong < boxes->first.br().x && khong >= boxes->first.x) {
                std::swap(boxes->first, boxes->second);  // "Không đồng ý" printed first
            }
            if (!boxes) {
                return std::unexpected(
                    "the \"Đồng ý\" and \"Không đồng ý\" boxes of \"" + name.read +
                    "\" were not found: a yes/no ballot is a table whose last two columns are the boxes");
            }
            std::tie(name.agree, name.disagree) = *boxes;
        }
    }
    return out;
}

}  // namespace

std::expected<WordTemplate, std::string> learnWordTemplate(const cv::Mat& blankGray, double dpi,
                                                           std::span<const Candidate> list, BallotForm form,
                                                           const std::string& tessdata) {
    if (blankGray.empty() || blankGray.type() != CV_8UC1) {
        return std::unexpected("the blank ballot's image is empty or not 8-bit grey");
    }
    // Feeders take sheets any way round: upright first, then turned over, then sideways. The
    // reason given is the upright attempt's.
    auto upright = learnUpright(blankGray, dpi, list, form, tessdata);
    if (upright) {
        return upright;
    }
    for (const auto& [code, degrees] :
         {std::pair{cv::ROTATE_180, 180}, {cv::ROTATE_90_CLOCKWISE, 90}, {cv::ROTATE_90_COUNTERCLOCKWISE, 270}}) {
        cv::Mat turned;
        cv::rotate(blankGray, turned, code);
        if (auto learned = learnUpright(turned, dpi, list, form, tessdata)) {
            learned->rotation = degrees;
            return learned;
        }
    }
    return upright;
}

}  // namespace kp::ocr
