#pragma once
// Ballots typed in a word processor carry no registration marks and no code: the committee
// scans one blank, stamped ballot and the recogniser learns from it where each name is.
// Tesseract (Vietnamese data) reads the blank's text lines; each candidate of the list must be
// found, in ballot order, tolerant of OCR slips in the diacritics — a name missing, an extra
// name or names out of order refuse the template (the ballot is not the list the congress
// adopted). Qt-free.
#include <expected>
#include <opencv2/core/mat.hpp>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tally/congress.h"
#include "tally/round_spec.h"

namespace kp::ocr {

struct LearnedName {
    CandidateId id;
    std::string read;       // what Tesseract read on that line
    cv::Rect box;           // the line's box, in pixels of the blank
    double similarity = 0;  // 1: the same letters once diacritics and case are set aside
    int words = 1;          // in the candidate's name as the list has it (not as Tesseract read it)
    cv::Rect agree, disagree;  // yes/no form: the "Đồng ý" and "Không đồng ý" cells of the name's row (else empty)
};

struct WordTemplate {
    double dpi = 0;
    int rotation = 0;                // degrees clockwise the blank was turned to read it upright
    cv::Size size;                   // the blank's size in pixels, upright
    cv::Mat blank;                   // the blank itself, upright, 8-bit grey at `dpi`
    std::vector<LearnedName> names;  // ballot order
};

// Names match when their folded letters are this similar (1 − edit distance / length): two
// or three OCR slips in a full name, never another candidate's name (see the tests).
inline constexpr double NAME_MATCH = 0.8;

// `form`: a yes/no ballot is a table whose last two columns are the boxes — "Không đồng ý" the
// one headed "Không…" (else the last); each name's row's two cells are learned between the
// table's rules, and a blank without them is refused. `tessdata`: Tesseract's data folder,
// empty for its default (Debian: tesseract-ocr-vie).
std::expected<WordTemplate, std::string> learnWordTemplate(const cv::Mat& blankGray, double dpi,
                                                           std::span<const Candidate> list,
                                                           BallotForm form = BallotForm::Strike,
                                                           const std::string& tessdata = {});

// Lower-case ASCII letters of Vietnamese text, diacritics removed (đ → d), anything but letters
// and single spaces dropped: "Trần Anh Dũng" → "tran anh dung".
std::string foldName(std::string_view utf8);
// 1 − Levenshtein distance / the longer length, on folded names.
double nameSimilarity(std::string_view a, std::string_view b);

}  // namespace kp::ocr
