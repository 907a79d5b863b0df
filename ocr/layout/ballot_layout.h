#pragma once
// Where everything on a KiemPhieu ballot is: paper, registration marks, QR code, header and
// one row per candidate. Pure geometry in whole tenths of a millimetre, computed from the
// congress file alone, so that the printer (reports/render), the simulator and the
// recogniser all agree on it, and its hash — printed in the QR code — proves they do.
#include <array>
#include <cstdint>
#include <expected>
#include <string>
#include <vector>

#include "tally/congress.h"
#include "tally/input_error.h"
#include "tally/round_spec.h"

namespace kp::ballot {

using Dmm = std::int32_t;  // tenths of a millimetre
inline constexpr Dmm MM = 10;

struct Rect {
    Dmm x = 0;
    Dmm y = 0;
    Dmm w = 0;
    Dmm h = 0;
    Dmm right() const { return x + w; }
    Dmm bottom() const { return y + h; }
    friend bool operator==(const Rect&, const Rect&) = default;
};

enum class Paper { A5, A4 };

struct Row {
    std::size_t candidate = 0;  // index in the round's list (= the printed number − 1)
    int column = 0;
    Rect band;      // the whole row: a stroke through the name stays inside it
    Rect number;    // "1."
    Rect name;      // the name is printed from name.x, vertically centred, within name.w
    Rect agree;     // yes/no form only: the "Đồng ý" box
    Rect disagree;  // yes/no form only: the "Không đồng ý" box
};

struct Side {
    int index = 0;                // 0 = front
    std::array<Rect, 4> marks{};  // top-left (larger: gives the orientation), top-right, bottom-left, bottom-right
    Rect qr;
    Rect listArea;
    std::vector<Rect> columns;    // one rectangle per list column
    Rect tableHeader;             // yes/no form: the header row above the rows of each column
    std::vector<Row> rows;
};

struct BallotLayout {
    // What is printed.
    std::string organization;
    std::string congressName;
    std::string title;
    ElectionId election;
    int round = 1;
    BallotForm form = BallotForm::Strike;
    std::vector<Candidate> candidates;
    // Where.
    Paper paper = Paper::A5;
    Dmm width = 0;
    Dmm height = 0;
    Dmm pitch = 0;          // row height
    Dmm fontSize = 0;       // name text height (cap height + descent), in Dmm
    int columnsPerSide = 1;
    std::vector<Side> sides;
    // Identity.
    std::string congressTag;  // 8 hex digits of SHA-256(organization \n congress name)
    std::string layoutHash;   // 16 hex digits of SHA-256(canonical text of everything above)

    std::string qrPayload(int side) const;
};

// The layout of a round's ballot. A5, one column, for short lists; A4 with two columns for
// long ones, continuing on further sides when the rows would get too tight (up to 250 names
// and more). Refuses an empty list.
std::expected<BallotLayout, InputError> layoutBallot(const Congress& congress, const Election& election,
                                                     const RoundSpec& round);

// The parsed content of a ballot's QR code.
struct QrContent {
    std::string congressTag;
    std::string election;
    int round = 0;
    int side = 0;
    int sides = 0;
    std::string layoutHash;
};
std::expected<QrContent, std::string> parseQrPayload(std::string_view payload);

// Canonical text of the layout (what layoutHash is the hash of); for auditors and tests.
std::string canonicalText(const BallotLayout& layout);

}  // namespace kp::ballot
