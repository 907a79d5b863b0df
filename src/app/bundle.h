#pragma once
// The audit bundle (docs/formats.md §Audit bundle): what `export` writes and `verify` checks.
#include <expected>
#include <string>

namespace kp::app {

inline constexpr const char* BUNDLE_FORMAT = "kiemphieu.bundle/1";
inline constexpr const char* MANIFEST = "manifest.json";
inline constexpr const char* SIGNATURE = "manifest.sig";
inline constexpr const char* PUBLIC_KEY = "congress.pub";
// One line per election round read against a word-processor blank: {election, round, image, sha256, dpi}.
inline constexpr const char* WORD_BLANKS = "word-blanks.jsonl";

// A key or signature file's text without its line ending.
std::string trimmed(std::string text);

// The tally of a congress text and readings text as the bundle stores it: the canonical
// result, or {"not_tallied": why} while a ballot still waits for the committee.
std::string bundleResult(const std::string& congressJson, const std::string& readingsJsonl);

struct ExportSummary {
    std::size_t sheets = 0;
    std::size_t events = 0;
    std::string publicKey;  // hex: what the signed minutes should print
};

// Writes the signed audit bundle of the record `dbPath` into `out` (a new or empty folder),
// signed with the congress's secret key (hex, as `keygen` writes it). Used by `export` and the
// desktop app.
std::expected<ExportSummary, std::string> exportBundle(const std::string& dbPath, const std::string& secretKeyHex,
                                                       const std::string& out);

}  // namespace kp::app
