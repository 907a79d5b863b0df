// The fast path of readings_line.h: a strict pull parser for the common line shape.
#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>

#include "readings_line.h"
#include "utf8.h"

namespace kp::readings_line {

namespace {

// The keys of one object, so that a repeated key is seen as the full parser sees it (it
// refuses the line). Open addressing over at most MAX keys; an object with more is left to
// the full parser.
class KeySet {
public:
    bool insert(std::string_view key) {
        if (m_count == MAX) {
            return false;
        }
        std::uint32_t h = 2166136261U;  // FNV-1a
        for (const char c : key) {
            h = (h ^ static_cast<unsigned char>(c)) * 16777619U;
        }
        for (std::size_t i = h % SLOTS;; i = (i + 1) % SLOTS) {
            if (m_slots[i] == 0) {
                m_keys[m_count] = Key{key.data(), key.size()};
                m_slots[i] = static_cast<std::uint8_t>(++m_count);
                return true;
            }
            const Key& k = m_keys[m_slots[i] - 1U];
            if (std::string_view(k.data, k.size) == key) {
                return false;
            }
        }
    }

private:
    static constexpr std::size_t MAX = 96;     // a yes/no ballot's scores, with room to spare
    static constexpr std::size_t SLOTS = 256;  // under 40 % full: short probes
    struct Key {
        const char* data;
        std::size_t size;
    };
    std::array<std::uint8_t, SLOTS> m_slots{};
    std::array<Key, MAX> m_keys;  // only the first m_count are set
    std::size_t m_count = 0;
};

class Cursor {
public:
    explicit Cursor(std::string_view s) : m_p(s.data()), m_end(s.data() + s.size()) {}

    void skipSpace() {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\r' || *m_p == '\n')) {
            ++m_p;
        }
    }
    bool atEnd() {
        skipSpace();
        return m_p == m_end;
    }
    bool take(char c) {
        skipSpace();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    // A string without escapes, control characters or ill-formed UTF-8.
    bool string(std::string_view& out) {
        if (!take('"')) {
            return false;
        }
        const char* start = m_p;
        while (m_p < m_end && *m_p != '"') {
            if (*m_p == '\\' || static_cast<unsigned char>(*m_p) < 0x20) {
                return false;
            }
            ++m_p;
        }
        if (m_p == m_end) {
            return false;
        }
        out = std::string_view(start, static_cast<std::size_t>(m_p - start));
        ++m_p;
        return isValidUtf8(out);
    }
    // A non-negative integer as JSON writes it (no leading zeros), short enough for int64.
    bool unsignedInteger(std::uint64_t& out) {
        skipSpace();
        const char* start = m_p;
        out = 0;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9') {
            out = out * 10 + static_cast<std::uint64_t>(*m_p - '0');
            ++m_p;
        }
        const auto digits = m_p - start;
        if (digits == 0 || digits > 18 || (digits > 1 && *start == '0')) {
            return false;
        }
        return m_p == m_end || (*m_p != '.' && *m_p != 'e' && *m_p != 'E');
    }
    // How many strings the list starting here holds (the caller still checks the syntax):
    // sizes a vector once instead of growing it string by string.
    std::size_t countStrings() const {
        std::size_t quotes = 0;
        for (const char* q = m_p; q < m_end && (*q != ']' || quotes % 2 == 1); ++q) {
            quotes += *q == '"' ? 1 : 0;
        }
        return quotes / 2;
    }
    bool peek(char c) {
        skipSpace();
        return m_p < m_end && *m_p == c;
    }
    // Skips any JSON value of the plain kinds; false for anything the fast path leaves alone.
    bool skipValue(int depth) {
        skipSpace();
        if (m_p == m_end || depth > 16) {
            return false;
        }
        std::string_view s;
        switch (*m_p) {
            case '"': return string(s);
            case '[': return skipList(depth, ']', false);
            case '{': return skipList(depth, '}', true);
            case 't': return word("true");
            case 'f': return word("false");
            case 'n': return word("null");
            default: return number();
        }
    }

private:
    bool word(std::string_view w) {
        if (static_cast<std::size_t>(m_end - m_p) < w.size() || std::string_view(m_p, w.size()) != w) {
            return false;
        }
        m_p += w.size();
        return true;
    }
    bool digits() {
        const char* start = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9') {
            ++m_p;
        }
        return m_p > start;
    }
    // -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
    bool number() {
        if (m_p < m_end && *m_p == '-') {
            ++m_p;
        }
        const char* start = m_p;
        if (!digits() || (*start == '0' && m_p - start > 1)) {
            return false;
        }
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            if (!digits()) {
                return false;
            }
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-')) {
                ++m_p;
            }
            if (!digits()) {
                return false;
            }
        }
        return true;
    }
    bool skipList(int depth, char close, bool object) {
        ++m_p;
        if (take(close)) {
            return true;
        }
        std::optional<KeySet> keys;
        if (object) {
            keys.emplace();
        }
        do {
            std::string_view key;
            if (object && (!string(key) || !keys->insert(key) || !take(':'))) {
                return false;
            }
            if (!skipValue(depth + 1)) {
                return false;
            }
        } while (take(','));
        return take(close);
    }

    const char* m_p;
    const char* m_end;
};

// The fields a line has set.
enum Field : unsigned { ELECTION = 1, ROUND = 2, SHEET = 4, STRUCK = 8, MARKS = 16, INVALID = 32, STATUS = 64 };

bool readStruck(Cursor& c, Reading& out) {
    if (!c.take('[')) {
        return false;
    }
    StruckNames struck;
    struck.ids.reserve(c.countStrings());
    if (!c.take(']')) {
        do {
            std::string_view id;
            if (!c.string(id)) {
                return false;
            }
            struck.ids.push_back(CandidateId{std::string(id)});
        } while (c.take(','));
        if (!c.take(']')) {
            return false;
        }
    }
    out.marks = std::move(struck);
    return true;
}

bool readMarks(Cursor& c, Reading& out) {
    if (!c.take('{')) {
        return false;
    }
    YesNoMarks marks;
    if (!c.take('}')) {
        do {
            std::string_view id;
            std::string_view code;
            if (!c.string(id) || !c.take(':') || !c.string(code)) {
                return false;
            }
            const auto mark = markFromCode(code);
            if (!mark) {
                return false;
            }
            marks.marks.emplace_back(CandidateId{std::string(id)}, *mark);
        } while (c.take(','));
        if (!c.take('}')) {
            return false;
        }
    }
    // The full parser reads marks into a JSON object, which orders them by id and keeps only
    // the last of a repeated id: sort the same way, and leave repeated ids to it.
    std::ranges::sort(marks.marks, {}, [](const auto& m) { return m.first.value; });
    for (std::size_t i = 1; i < marks.marks.size(); ++i) {
        if (marks.marks[i - 1].first == marks.marks[i].first) {
            return false;
        }
    }
    out.marks = std::move(marks);
    return true;
}

// The caller has checked that the key is new in the line.
bool readField(Cursor& c, std::string_view key, unsigned& seen, bool& rejected, Reading& out) {
    std::string_view s;
    std::uint64_t n = 0;
    if (key == "election") {
        seen |= ELECTION;
        if (!c.string(s)) {
            return false;
        }
        out.election = ElectionId{std::string(s)};
    } else if (key == "round") {
        seen |= ROUND;
        if (!c.unsignedInteger(n) || n < 1 || n > 1000) {
            return false;
        }
        out.round = static_cast<int>(n);
    } else if (key == "sheet") {
        seen |= SHEET;
        if (c.peek('"')) {
            if (!c.string(s) || s.empty()) {
                return false;
            }
            out.sheet = std::string(s);
        } else {
            if (!c.unsignedInteger(n)) {
                return false;
            }
            out.sheet = std::to_string(n);
        }
    } else if (key == "struck") {
        seen |= STRUCK;
        return readStruck(c, out);
    } else if (key == "marks") {
        seen |= MARKS;
        return readMarks(c, out);
    } else if (key == "invalid") {
        seen |= INVALID;
        if (!c.string(s)) {
            return false;
        }
        const auto reason = invalidReasonFromCode(s);
        if (!reason || !isFlaggableReason(*reason)) {
            return false;
        }
        out.invalid = reason;
    } else if (key == "status") {
        seen |= STATUS;
        if (!c.string(s) || (s != "read" && s != "rejected")) {
            return false;
        }
        rejected = s == "rejected";
    } else {
        return c.skipValue(0);
    }
    return true;
}

}  // namespace

Outcome readFast(std::string_view line, std::size_t number, Reading& out) {
    Cursor c(line);
    if (!c.take('{') || c.peek('}')) {
        return Outcome::Unsure;
    }
    unsigned seen = 0;
    bool rejected = false;
    KeySet keys;
    do {
        std::string_view key;
        if (!c.string(key) || !keys.insert(key) || !c.take(':') || !readField(c, key, seen, rejected, out)) {
            return Outcome::Unsure;
        }
    } while (c.take(','));
    if (!c.take('}') || !c.atEnd()) {
        return Outcome::Unsure;
    }
    if (rejected) {
        return Outcome::NotABallot;
    }
    const bool hasMarks = (seen & (STRUCK | MARKS)) != 0;
    if ((seen & ELECTION) == 0 || (seen & SHEET) == 0 || (seen & STRUCK && seen & MARKS) ||
        (!hasMarks && (seen & INVALID) == 0)) {
        return Outcome::Unsure;
    }
    out.line = number;
    return Outcome::Reading;
}

}  // namespace kp::readings_line
