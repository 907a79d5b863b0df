#pragma once
// A report document as an OpenDocument text file (.odt) that offices open, edit and file in
// LibreOffice or Word: the same paragraphs and tables as the PDF, A4 with administrative
// margins, Times New Roman 13 pt (LibreOffice substitutes the metric-compatible Liberation
// Serif where it is missing), the footer with the record's hashes and page numbers, and for
// training congresses the watermark text in every page's header. Same document → same bytes.
#include <string>

#include "reports/document.h"

namespace kp::render {

std::string documentOdt(const doc::Document& document);

}  // namespace kp::render
