#include "strict_json.h"

#include <algorithm>
#include <iterator>
#include <unordered_set>
#include <vector>

namespace kp {

namespace {

// Walks the text for nlohmann's lexer and remembers the last character it read, so that the
// SAX handler knows where in the text each event happened (nlohmann 3.11 tells positions only
// with syntax errors).
class TrackingIterator {
public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    TrackingIterator() = default;
    TrackingIterator(const char* p, const char** last) : m_p(p), m_last(last) {}
    reference operator*() const {
        *m_last = m_p;
        return *m_p;
    }
    TrackingIterator& operator++() {
        ++m_p;
        return *this;
    }
    TrackingIterator operator++(int) {
        TrackingIterator before = *this;
        ++m_p;
        return before;
    }
    bool operator==(const TrackingIterator& other) const { return m_p == other.m_p; }

private:
    const char* m_p = nullptr;
    const char** m_last = nullptr;
};

// One open object or array. Frames are reused from one container to the next at the same
// depth, so the key lists keep their capacity and a line of readings allocates little.
struct Frame {
    bool object = false;
    std::size_t count = 0;  // elements so far (arrays): the path names the current one
    std::string current;    // the key being read (objects)
    std::vector<std::string> keys;
    std::unordered_set<std::string> manyKeys;  // beyond SMALL keys, so a huge object stays linear
};

constexpr std::size_t SMALL = 24;

// nlohmann's DOM builder, with every key checked against the keys of its object first.
template <class J>
class StrictSax {
public:
    using Dom = nlohmann::detail::json_sax_dom_parser<J>;
    using string_t = typename J::string_t;
    using binary_t = typename J::binary_t;

    StrictSax(J& root, std::string_view text, const char** last) : m_dom(root, false), m_text(text), m_last(last) {}

    bool null() { return element() && m_dom.null(); }
    bool boolean(bool v) { return element() && m_dom.boolean(v); }
    bool number_integer(typename J::number_integer_t v) { return element() && m_dom.number_integer(v); }
    bool number_unsigned(typename J::number_unsigned_t v) { return element() && m_dom.number_unsigned(v); }
    bool number_float(typename J::number_float_t v, const string_t& s) { return element() && m_dom.number_float(v, s); }
    bool string(string_t& v) { return element() && m_dom.string(v); }
    bool binary(binary_t& v) { return element() && m_dom.binary(v); }
    bool start_object(std::size_t n) { return element() && open(true) && m_dom.start_object(n); }
    bool start_array(std::size_t n) { return element() && open(false) && m_dom.start_array(n); }
    bool end_object() {
        --m_depth;
        return m_dom.end_object();
    }
    bool end_array() {
        --m_depth;
        return m_dom.end_array();
    }
    bool key(string_t& k) {
        Frame& f = m_frames[m_depth - 1];
        const bool repeated =
            f.keys.size() < SMALL ? std::ranges::find(f.keys, k) != f.keys.end() : !f.manyKeys.insert(k).second;
        if (repeated) {
            return fail(JsonError::Kind::DuplicateKey, keyStart(), k);
        }
        f.current = k;
        if (f.keys.size() < SMALL) {
            f.keys.push_back(k);
            if (f.keys.size() == SMALL) {
                f.manyKeys.insert(f.keys.begin(), f.keys.end());
            }
        }
        return m_dom.key(k);
    }
    bool parse_error(std::size_t position, const std::string& /*token*/, const nlohmann::detail::exception& e) {
        std::string what = e.what();
        // "[json.exception.parse_error.101] parse error at line 3, column 7: ..." → the part after the tag.
        if (const auto tagEnd = what.find("] "); tagEnd != std::string::npos) {
            what.erase(0, tagEnd + 2);
        }
        if (!m_error) {  // a refusal of ours makes nlohmann report a parse error too: keep ours
            m_error = JsonError{};
            m_error->offset = std::min(position > 0 ? position - 1 : 0, m_text.size());
            m_error->what = std::move(what);
        }
        return false;
    }

    std::optional<JsonError> m_error;

private:
    bool element() {
        if (m_depth > 0) {
            ++m_frames[m_depth - 1].count;
        }
        return true;
    }
    bool open(bool object) {
        if (m_depth >= MAX_JSON_DEPTH) {
            return fail(JsonError::Kind::TooDeep, here(), {});
        }
        if (m_frames.size() <= m_depth) {
            m_frames.emplace_back();
        }
        Frame& f = m_frames[m_depth++];
        f.object = object;
        f.count = 0;
        f.keys.clear();
        f.manyKeys.clear();
        return true;
    }
    std::size_t here() const { return *m_last == nullptr ? 0 : static_cast<std::size_t>(*m_last - m_text.data()); }
    // The lexer has just read the key's closing quote: back to its opening one.
    std::size_t keyStart() const {
        std::size_t i = here();
        while (i > 0) {
            --i;
            std::size_t slashes = 0;
            while (i > slashes && m_text[i - 1 - slashes] == '\\') {
                ++slashes;
            }
            if (m_text[i] == '"' && slashes % 2 == 0) {
                return i;
            }
        }
        return 0;
    }
    // The object or array at each open level: "elections[0].rounds[1]".
    std::string path(std::size_t depth) const {
        std::string out;
        for (std::size_t d = 0; d + 1 < depth; ++d) {
            const Frame& f = m_frames[d];
            if (f.object) {
                out += (out.empty() ? "" : ".") + f.current;
            } else {
                out += "[" + std::to_string(f.count - 1) + "]";
            }
        }
        return out;
    }
    bool fail(JsonError::Kind kind, std::size_t offset, const std::string& key) {
        JsonError e;
        e.kind = kind;
        e.offset = offset;
        const std::string where = path(m_depth + (kind == JsonError::Kind::TooDeep ? 1 : 0));
        if (kind == JsonError::Kind::DuplicateKey) {
            e.key = key;
            e.path = where;
            e.what = "duplicate key \"" + key + "\"" + (where.empty() ? "" : " in " + where);
        } else {
            e.what = "nested deeper than " + std::to_string(MAX_JSON_DEPTH) + " levels";
        }
        m_error = std::move(e);
        return false;
    }

    Dom m_dom;
    std::string_view m_text;
    const char** m_last;
    std::vector<Frame> m_frames;
    std::size_t m_depth = 0;
};

template <class J>
std::expected<J, JsonError> parse(std::string_view text) {
    J root;
    const char* last = nullptr;
    StrictSax<J> sax(root, text, &last);
    const TrackingIterator begin(text.data(), &last);
    const TrackingIterator end(text.data() + text.size(), &last);
    const bool ok = J::sax_parse(begin, end, &sax);
    if (ok && !sax.m_error) {
        return root;
    }
    JsonError e = sax.m_error.value_or(JsonError{JsonError::Kind::Syntax, 0, 1, 1, {}, {}, "not valid JSON"});
    const std::string_view before = text.substr(0, e.offset);
    e.line = 1 + static_cast<std::size_t>(std::ranges::count(before, '\n'));
    const auto lineStart = before.rfind('\n');
    const std::string_view onLine = before.substr(lineStart == std::string_view::npos ? 0 : lineStart + 1);
    // Columns count characters as an editor does (Vietnamese letters take 2 or 3 bytes).
    e.column = 1 + static_cast<std::size_t>(std::ranges::count_if(
                       onLine, [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
    return std::unexpected(std::move(e));
}

}  // namespace

std::string JsonError::message() const {
    if (kind == Kind::Syntax) {
        return "not valid JSON: " + what;
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column) + ": " + what;
}

std::string JsonError::messageInLine() const {
    if (kind == Kind::Syntax) {
        return message();
    }
    return "column " + std::to_string(column) + ": " + what;
}

std::expected<nlohmann::ordered_json, JsonError> parseStrictJson(std::string_view text) {
    return parse<nlohmann::ordered_json>(text);
}

std::expected<nlohmann::json, JsonError> parseStrictJsonMap(std::string_view text) {
    return parse<nlohmann::json>(text);
}

}  // namespace kp
