#pragma once
// The audit bundle (docs/formats.md §Audit bundle): what `export` writes and `verify` checks.
// Its files are the record's rows (store/rows.h), one JSON line each, so that `verify` holds the
// same rows against the same audit log and counts them with the same functions as the record.
#include <expected>
#include <filesystem>
#include <string>
#include <vector>

#include "src/store/rows.h"

namespace kp::app {

inline constexpr const char* BUNDLE_FORMAT = "kiemphieu.bundle/2";
inline constexpr const char* MANIFEST = "manifest.json";
inline constexpr const char* SIGNATURE = "manifest.sig";
inline constexpr const char* PUBLIC_KEY = "congress.pub";
inline constexpr const char* CONGRESS_FILE = "congress.json";
inline constexpr const char* OPERATORS = "operators.jsonl";
inline constexpr const char* OPERATOR_STATUS = "operator-status.jsonl";
inline constexpr const char* BATCHES = "batches.jsonl";
inline constexpr const char* SHEETS = "sheets.jsonl";
inline constexpr const char* READINGS = "readings.jsonl";  // every reading, superseded ones too
inline constexpr const char* RULINGS = "rulings.jsonl";    // on sheets, manual ballots and rounds
inline constexpr const char* MANUAL_ENTRIES = "manual-entries.jsonl";
inline constexpr const char* WORD_BLANKS = "word-blanks.jsonl";  // every confirmation; the latest per round applies
inline constexpr const char* AUDIT_LOG = "audit-log.jsonl";
inline constexpr const char* RESULT = "result.json";

// A key or signature file's text without its line ending.
std::string trimmed(std::string text);

struct ExportSummary {
    std::size_t sheets = 0;
    std::size_t events = 0;
    std::string publicKey;  // hex: what the signed minutes should print
    bool alreadyThere = false;  // `out` already held this record's bundle, signed with this key
};

// Writes the signed audit bundle of the record `dbPath` into `out` (a new or empty folder, or one
// that already holds this record's bundle as it stands, signed with this key: nothing is done),
// signed with the congress's secret key (hex, as `keygen` writes it). A record that does not
// agree with its own audit log (store/consistency.h) is refused, never signed. Used by
// `export` and the desktop app.
std::expected<ExportSummary, std::string> exportBundle(const std::string& dbPath, const std::string& secretKeyHex,
                                                       const std::string& out);

// A bundle's files read back into rows. Every line that is not what `export` writes (damaged,
// a field missing or of another type, an image outside images/) is a problem naming the file
// and line, and is left out; nothing throws.
struct BundleRows {
    store::RecordRows rows;
    std::vector<std::string> problems;
};
BundleRows readBundleRows(const std::filesystem::path& dir);

// A file of the bundle named by the manifest or a row: relative, inside the bundle, no "..";
// and, to be read, a regular file (never a link out of the bundle, a FIFO or a device).
bool safeBundlePath(const std::string& name);
std::expected<std::string, std::string> readBundleFile(const std::filesystem::path& dir, const std::string& name);

}  // namespace kp::app
