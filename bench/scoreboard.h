#pragma once
// The recognition benchmarks' scoring against a batch's truth.jsonl (docs/formats.md §Simulator
// truth), overall and per tag: each variation the truth line names (`variations`), the scan
// mode and resolution, the hard case. For every tag: sheets, silent errors (read, but not as
// the voter marked), hard cases read (the truth says a careful counter looks twice), clean
// ballots sent to review, and the reasons those clean ballots went.
#include <algorithm>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "ocr/recognize/recognize.h"

namespace kp::bench {

struct TagCount {
    int sheets = 0, read = 0, silent = 0, hard = 0, hardRead = 0, clean = 0, cleanReview = 0;
    std::map<std::string, int> reasons;  // of the clean ballots sent to review
};

// Whether a page read says what the voter marked.
inline bool matchesTruth(const nlohmann::json& t, const ocr::PageReading& r) {
    if (t.contains("struck")) {
        std::vector<std::string> read, expected = t["struck"].get<std::vector<std::string>>();
        for (const auto& id : r.struck) read.push_back(id.value);
        std::ranges::sort(read);
        std::ranges::sort(expected);
        return read == expected;
    }
    for (const auto& [id, mark] : r.marks) {
        if (!t["marks"].contains(id.value) || t["marks"][id.value].get<std::string>() != markCode(mark))
            return false;
    }
    return r.marks.size() == t["marks"].size();
}

// The tags a truth line puts a sheet under.
inline std::vector<std::string> tagsOf(const nlohmann::json& t) {
    std::set<std::string> tags{"all"};
    if (t.contains("variations")) {
        for (const auto& v : t["variations"]) tags.insert(v.get<std::string>());
    }
    if (t.contains("scan")) {
        const auto& s = t["scan"];
        const std::string mode =
            s.contains("mode") ? s["mode"].get<std::string>() : (s.value("colour", false) ? "colour" : "grey");
        tags.insert("mode_" + mode);
        tags.insert("dpi_" + std::to_string(s.value("dpi", 0)));
    }
    if (t.contains("case") && t["case"].is_string())
        tags.insert("case_" + t["case"].get<std::string>());
    return {tags.begin(), tags.end()};
}

class Scoreboard {
public:
    // Counts one sheet; returns a line to print when it is a silent error or a hard case read.
    std::string add(const nlohmann::json& truth, const ocr::PageReading& r) {
        const bool hard = truth.value("look_twice", false);
        const bool read = r.status == ocr::Status::Read;
        const bool silent = read && !matchesTruth(truth, r);
        for (const auto& tag : tagsOf(truth)) {
            TagCount& c = m_tags[tag];
            ++c.sheets;
            c.read += read ? 1 : 0;
            c.silent += silent ? 1 : 0;
            c.hard += hard ? 1 : 0;
            c.hardRead += hard && read ? 1 : 0;
            c.clean += hard ? 0 : 1;
            if (!hard && !read) {
                ++c.cleanReview;
                for (const auto& reason : r.reasons) ++c.reasons[reason];
            }
        }
        const std::string image = truth["image"].get<std::string>();
        if (silent)
            return "SILENT ERROR " + image + ": " + truth.dump();
        if (hard && read)
            return "HARD CASE READ " + image + ": " + truth.value("case", std::string("?"));
        return {};
    }

    const TagCount& all() const {
        static const TagCount none;
        const auto it = m_tags.find("all");
        return it == m_tags.end() ? none : it->second;
    }
    bool passed() const { return all().silent == 0 && all().hardRead == 0; }

    // One markdown row per tag, "all" first.
    void print(std::FILE* out) const {
        std::fprintf(out, "| tag | sheets | silent errors | hard cases read | clean to review | reasons (clean) |\n");
        std::fprintf(out, "|---|---|---|---|---|---|\n");
        const auto row = [&](const std::string& tag, const TagCount& c) {
            std::string reasons;
            for (const auto& [reason, n] : c.reasons)
                reasons += (reasons.empty() ? "" : ", ") + reason + " " + std::to_string(n);
            std::fprintf(out, "| %s | %d | %d | %d of %d | %d of %d (%.2f %%) | %s |\n", tag.c_str(), c.sheets,
                         c.silent, c.hardRead, c.hard, c.cleanReview, c.clean,
                         100.0 * c.cleanReview / std::max(1, c.clean), reasons.c_str());
        };
        row("all", all());
        for (const auto& [tag, c] : m_tags) {
            if (tag != "all")
                row(tag, c);
        }
    }

    // The counts as JSON (bench/independent/table.py adds up several batches' files).
    nlohmann::json toJson() const {
        nlohmann::json out = nlohmann::json::object();
        for (const auto& [tag, c] : m_tags) {
            out[tag] = {{"sheets", c.sheets},
                        {"read", c.read},
                        {"silent", c.silent},
                        {"hard", c.hard},
                        {"hard_read", c.hardRead},
                        {"clean", c.clean},
                        {"clean_review", c.cleanReview},
                        {"reasons", c.reasons}};
        }
        return out;
    }

private:
    std::map<std::string, TagCount> m_tags;
};

}  // namespace kp::bench
