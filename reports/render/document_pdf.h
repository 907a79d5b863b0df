#pragma once
// A report document (reports/document.h) as a printable A4 PDF: the bundled office font
// (Liberation Serif, Times New Roman's metrics) embedded, administrative margins, the training
// watermark across every page, the footer with the record's hashes and "Trang x/y" on every
// page. Same document → same bytes. Needs a QGuiApplication (offscreen is fine).
#include <QByteArray>
#include <expected>
#include <string>

#include "reports/document.h"

namespace kp::render {

std::expected<QByteArray, std::string> documentPdf(const doc::Document& document);

}  // namespace kp::render
