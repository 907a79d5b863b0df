#pragma once
// Candidate lists from what a congress office has: text pasted from a word processor, a CSV
// or tab-separated file, an Excel/LibreOffice workbook (.xlsx, the first sheet). Only the
// names are taken: the column headed "Họ và tên" (or "Họ tên", "Tên", "Name") when there is
// one, otherwise the one column that holds names; numbering ("1.", "01 -") is dropped and
// the text brought to NFC. Nothing is re-ordered: the list keeps the order of the source
// (the party order is a separate, explicit step in the editor).
#include <QString>
#include <QStringList>
#include <expected>
#include <vector>

namespace kp::app {

using Table = std::vector<QStringList>;

// Rows of delimited text: tab, semicolon or comma (the one the first line uses), with
// CSV quoting; one cell per line when there is no delimiter.
Table tableFromText(const QString& text);
// The first worksheet (workbook order) of an .xlsx file: shared and inline strings, numbers
// as written; cells placed by their reference, so empty cells keep the columns aligned.
std::expected<Table, QString> tableFromXlsx(const QByteArray& file);
// A file by its extension: .xlsx, or UTF-8 text (a BOM is dropped).
std::expected<Table, QString> readTable(const QString& path);

// The names in the table. Errors: no column of names, or a header without names under it.
std::expected<QStringList, QString> candidateNames(const Table& rows);

}  // namespace kp::app
