#include "ballot_layout.h"

#include <algorithm>
#include <charconv>
#include <sstream>

#include "src/common/sha256.h"

namespace kp::ballot {

namespace {

// Paper and the fixed furniture of every side (tenths of a millimetre).
constexpr Dmm A5_W = 1480, A5_H = 2100, A4_W = 2100, A4_H = 2970;
constexpr Dmm MARK_INSET = 50;       // 5 mm from the paper's edge: inside any printer's margin
constexpr Dmm BIG_MARK = 60;         // the top-left mark is larger so that 90/180/270° turns are told apart
constexpr Dmm MARK = 40;
constexpr Dmm QR_SIZE = 200;         // 20 mm: ≈0.7 mm modules (version 3–4), 4 px at 150 dpi, survives a photocopy
constexpr Dmm QR_INSET = 140;        // leaves the code's quiet zone clear of the bottom-right mark
constexpr Dmm FRONT_LIST_TOP = 600;  // below the header, the title and the election title
constexpr Dmm BACK_LIST_TOP = 150;   // further sides carry no header
constexpr Dmm LIST_BOTTOM_GAP = 360; // the QR row
constexpr Dmm MAX_PITCH = 80;        // 8 mm rows: room for a wavering stroke without touching the next name
constexpr Dmm MIN_STRIKE_PITCH = 70; // 7 mm (12.25 pt names): tighter letters hide a stroke through them from the recogniser
constexpr Dmm MIN_YESNO_PITCH = 60;  // 6 mm: a box big enough for a hand-drawn X
constexpr Dmm A5_MIN_PITCH = 75;     // a list that needs tighter rows on A5 goes to A4
constexpr Dmm TABLE_HEADER = 110;    // "STT | Họ và tên | Đồng ý | Không đồng ý" (the last on two lines)

struct Geometry {
    Paper paper;
    Dmm width, height;
    std::vector<Rect> columns(Dmm top, Dmm bottom) const {
        if (paper == Paper::A5) {
            return {Rect{120, top, width - 240, bottom - top}};
        }
        return {Rect{100, top, 920, bottom - top}, Rect{1080, top, 920, bottom - top}};
    }
};

Side furniture(const Geometry& g, int index) {
    Side s;
    s.index = index;
    s.marks = {Rect{MARK_INSET, MARK_INSET, BIG_MARK, BIG_MARK},
               Rect{g.width - MARK_INSET - MARK, MARK_INSET, MARK, MARK},
               Rect{MARK_INSET, g.height - MARK_INSET - MARK, MARK, MARK},
               Rect{g.width - MARK_INSET - MARK, g.height - MARK_INSET - MARK, MARK, MARK}};
    s.qr = Rect{g.width - QR_INSET - QR_SIZE, g.height - QR_INSET - QR_SIZE, QR_SIZE, QR_SIZE};
    const Dmm top = index == 0 ? FRONT_LIST_TOP : BACK_LIST_TOP;
    s.listArea = Rect{0, top, g.width, g.height - LIST_BOTTOM_GAP - top};
    s.columns = g.columns(top, g.height - LIST_BOTTOM_GAP);
    return s;
}

Row row(BallotForm form, const Rect& column, Dmm y, Dmm pitch, std::size_t candidate, int col) {
    Row r;
    r.candidate = candidate;
    r.column = col;
    r.band = Rect{column.x, y, column.w, pitch};
    if (form == BallotForm::Strike) {
        r.number = Rect{column.x, y, 100, pitch};
        r.name = Rect{column.x + 120, y, column.w - 140, pitch};
    } else {
        const Dmm box = column.w >= 1200 ? 180 : 170;
        r.number = Rect{column.x, y, 90, pitch};
        r.name = Rect{column.x + 110, y, column.w - 110 - 2 * box, pitch};
        r.agree = Rect{column.right() - 2 * box, y, box, pitch};
        r.disagree = Rect{column.right() - box, y, box, pitch};
    }
    return r;
}

// Rows that fit one column of a side at a pitch.
int rowsFitting(const Side& s, BallotForm form, Dmm pitch) {
    const Dmm header = form == BallotForm::YesNo ? TABLE_HEADER : 0;
    return static_cast<int>((s.listArea.h - header) / pitch);
}

std::string quoted(const Rect& r) {
    return std::to_string(r.x) + "," + std::to_string(r.y) + "," + std::to_string(r.w) + "," + std::to_string(r.h);
}

std::string percentEncoded(std::string_view s) {
    static constexpr char HEX[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_' || u == '-' ||
            u == '.') {
            out += c;
        } else {
            out += '%';
            out += HEX[u >> 4];
            out += HEX[u & 15];
        }
    }
    return out;
}

std::string percentDecoded(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size()) {
            int v = 0;
            std::from_chars(s.data() + i + 1, s.data() + i + 3, v, 16);
            out += static_cast<char>(v);
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

}  // namespace

std::expected<BallotLayout, InputError> layoutBallot(const Congress& congress, const Election& election,
                                                     const RoundSpec& round) {
    const auto n = static_cast<Dmm>(round.candidates.size());
    if (n == 0) {
        return std::unexpected(InputError{InputErrorCode::BadSeats, "election \"" + election.id.value + "\"",
                                          "the list is empty: there is no ballot to print"});
    }
    BallotLayout l;
    l.organization = congress.organization;
    l.congressName = congress.name;
    l.title = election.title;
    l.election = election.id;
    l.round = round.round;
    l.form = round.form();
    l.candidates = round.candidates;
    const Dmm minPitch = l.form == BallotForm::Strike ? MIN_STRIKE_PITCH : MIN_YESNO_PITCH;

    // A5 when the whole list fits one column at a comfortable pitch; otherwise A4, two columns.
    Geometry g{Paper::A5, A5_W, A5_H};
    if (rowsFitting(furniture(g, 0), l.form, A5_MIN_PITCH) < n) {
        g = Geometry{Paper::A4, A4_W, A4_H};
    }
    l.paper = g.paper;
    l.width = g.width;
    l.height = g.height;
    const Side front = furniture(g, 0);
    const auto columns = static_cast<Dmm>(front.columns.size());
    l.columnsPerSide = static_cast<int>(columns);
    const Dmm header = l.form == BallotForm::YesNo ? TABLE_HEADER : 0;
    const Dmm perColumn = (n + columns - 1) / columns;
    l.pitch = std::clamp((front.listArea.h - header) / perColumn, minPitch, MAX_PITCH);
    // Name text: 1.75 pt per mm of row, at most 14 pt (tenths of a point).
    l.fontSize = std::min<Dmm>(140, l.pitch * 175 / 100);

    std::size_t next = 0;
    for (int s = 0; next < round.candidates.size(); ++s) {
        Side side = furniture(g, s);
        const int fit = rowsFitting(side, l.form, l.pitch);
        // Balance the columns of the last side instead of filling the first one up.
        const std::size_t left = round.candidates.size() - next;
        const auto capacity = static_cast<std::size_t>(fit) * side.columns.size();
        const std::size_t perCol =
            left >= capacity ? static_cast<std::size_t>(fit) : (left + side.columns.size() - 1) / side.columns.size();
        for (std::size_t c = 0; c < side.columns.size() && next < round.candidates.size(); ++c) {
            const Rect& column = side.columns[c];
            const Dmm top = column.y + header;
            if (l.form == BallotForm::YesNo) {
                side.tableHeader = Rect{column.x, column.y, column.w, header};
            }
            for (std::size_t k = 0; k < perCol && next < round.candidates.size(); ++k, ++next) {
                side.rows.push_back(row(l.form, column, top + static_cast<Dmm>(k) * l.pitch, l.pitch, next,
                                        static_cast<int>(c)));
            }
        }
        l.sides.push_back(std::move(side));
    }
    // A training congress of the same name gets another tag: its ballots never count in the real one.
    l.congressTag = sha256Hex((congress.training ? "DIỄN TẬP\n" : "") + congress.organization + "\n" + congress.name).substr(0, 8);
    l.layoutHash = sha256Hex(canonicalText(l)).substr(0, 16);
    return l;
}

std::string canonicalText(const BallotLayout& l) {
    std::ostringstream out;
    out << "kiemphieu.ballot/1\n"
        << "paper=" << (l.paper == Paper::A5 ? "A5" : "A4") << " size=" << l.width << "x" << l.height
        << " pitch=" << l.pitch << " font=" << l.fontSize << " columns=" << l.columnsPerSide
        << " form=" << (l.form == BallotForm::Strike ? "strike" : "yes_no") << "\n"
        << "organization=" << l.organization << "\ncongress=" << l.congressName << "\ntitle=" << l.title
        << "\nelection=" << l.election.value << "\nround=" << l.round << "\n";
    for (std::size_t i = 0; i < l.candidates.size(); ++i) {
        out << "candidate=" << i << "\t" << l.candidates[i].id.value << "\t" << l.candidates[i].name << "\n";
    }
    for (const Side& s : l.sides) {
        out << "side=" << s.index << " qr=" << quoted(s.qr);
        for (const Rect& m : s.marks) {
            out << " mark=" << quoted(m);
        }
        out << "\n";
        for (const Row& r : s.rows) {
            out << "row=" << r.candidate << "\t" << r.column << "\t" << quoted(r.band) << "\t" << quoted(r.name) << "\t"
                << quoted(r.agree) << "\t" << quoted(r.disagree) << "\n";
        }
    }
    return out.str();
}

std::string BallotLayout::qrPayload(int side) const {
    return "KP1;C=" + congressTag + ";E=" + percentEncoded(election.value) + ";R=" + std::to_string(round) +
           ";S=" + std::to_string(side + 1) + "/" + std::to_string(sides.size()) + ";L=" + layoutHash;
}

std::expected<QrContent, std::string> parseQrPayload(std::string_view payload) {
    if (!payload.starts_with("KP1;")) {
        return std::unexpected("not a KiemPhieu ballot code");
    }
    QrContent q;
    std::size_t at = 4;
    int fields = 0;
    while (at < payload.size()) {
        std::size_t end = payload.find(';', at);
        if (end == std::string_view::npos) {
            end = payload.size();
        }
        const std::string_view field = payload.substr(at, end - at);
        at = end + 1;
        if (field.size() < 2 || field[1] != '=') {
            return std::unexpected("malformed field \"" + std::string(field) + "\"");
        }
        const std::string_view value = field.substr(2);
        const auto number = [&](int& out) {
            return std::from_chars(value.data(), value.data() + value.size(), out).ec == std::errc{};
        };
        switch (field[0]) {
        case 'C': q.congressTag = value; break;
        case 'E': q.election = percentDecoded(value); break;
        case 'R':
            if (!number(q.round)) return std::unexpected("malformed round");
            break;
        case 'S': {
            const auto slash = value.find('/');
            if (slash == std::string_view::npos ||
                std::from_chars(value.data(), value.data() + slash, q.side).ec != std::errc{} ||
                std::from_chars(value.data() + slash + 1, value.data() + value.size(), q.sides).ec != std::errc{}) {
                return std::unexpected("malformed side");
            }
            q.side -= 1;
            break;
        }
        case 'L': q.layoutHash = value; break;
        default: return std::unexpected("unknown field \"" + std::string(field) + "\"");
        }
        ++fields;
    }
    if (fields != 5 || q.round < 1 || q.sides < 1 || q.side < 0 || q.side >= q.sides) {
        return std::unexpected("incomplete ballot code");
    }
    return q;
}

}  // namespace kp::ballot
