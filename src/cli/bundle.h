#pragma once
// The audit bundle (docs/formats.md §Audit bundle): what `export` writes and `verify` checks.
#include <string>

namespace kp::cli {

inline constexpr const char* BUNDLE_FORMAT = "kiemphieu.bundle/1";
inline constexpr const char* MANIFEST = "manifest.json";
inline constexpr const char* SIGNATURE = "manifest.sig";
inline constexpr const char* PUBLIC_KEY = "congress.pub";

// A key or signature file's text without its line ending.
std::string trimmed(std::string text);

// The tally of a congress text and readings text as the bundle stores it: the canonical
// result, or {"not_tallied": why} while a ballot still waits for the committee.
std::string bundleResult(const std::string& congressJson, const std::string& readingsJsonl);

}  // namespace kp::cli
