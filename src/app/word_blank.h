#pragma once
// A word-processor ballot's template, learned from its scanned blank (ocr/word): one place for
// the command line (`blank`, `recognize --blank`), the counting job, `verify` and the desktop
// app's confirmation screen.
#include <expected>
#include <string>

#include "ocr/word/word_template.h"
#include "src/app/inputs.h"

namespace kp::app {

// Most office scans that do not state their resolution are 200 dpi.
inline constexpr int DEFAULT_SCAN_DPI = 200;

// Learns from the first page of `path`; `dpi` 0: the file's own, else DEFAULT_SCAN_DPI. The
// error names the file and what is wrong (a missing, extra or misplaced name…). Seconds:
// Tesseract reads the whole page; never on the GUI thread.
std::expected<ocr::WordTemplate, std::string> learnBlank(const std::string& path, int dpi, const RoundInput& input);

}  // namespace kp::app
