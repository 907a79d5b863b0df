// Candidate lists from pasted text, CSV and real .xlsx workbooks (made by openpyxl and laid out
// as Excel writes them: tests/app/fixtures/make_fixtures.py).
#include <doctest/doctest.h>

#include <QFile>

#include "src/app/candidate_import.h"
#include "src/app/zip_reader.h"
#include "tests/app/stored_zip.h"

using namespace kp::app;

namespace {

const QStringList LIST{"Trần Anh Dũng", "Lê Thị Ánh",   "Nguyễn Văn Bình",
                       "Phạm Thu Hà",   "Đặng Văn Ưng", "Võ Hồ Tiến Hưng"};

QStringList namesOf(const Table& rows) {
    auto names = candidateNames(rows);
    REQUIRE_MESSAGE(names.has_value(), names.error().toStdString());
    return *names;
}

QByteArray fixture(const char* name) {
    QFile f(QStringLiteral(KP_FIXTURES "/") + name);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

}  // namespace

TEST_CASE("pasted lines: numbering and spaces dropped, order kept, NFC") {
    const QString pasted = QStringLiteral(
                               "1. Trần Anh Dũng\n02 - Lê Thị Ánh\r\n\n3) Nguyễn  Văn Bình\n4 Phạm Thu Hà\n"
                               "Đặng Văn Ưng\n") +
                           QStringLiteral("Võ Hồ Tiến Hưng").normalized(QString::NormalizationForm_D);
    CHECK(namesOf(tableFromText(pasted)) == LIST);
}

TEST_CASE("CSV with a heading, quotes and other columns, semicolons and tabs too") {
    const QString csv = QStringLiteral(
        "\xEF\xBB\xBFSTT,\"Họ và tên\",Năm sinh,Ghi chú\n1,Trần Anh Dũng,1975,\"Bí thư, tái cử\"\n2,Lê Thị Ánh,1980,\n"
        "3,\"Nguyễn Văn Bình\",1969,\"nói \"\"có\"\"\"\n4,Phạm Thu Hà,1985,\n5,Đặng Văn Ưng,1972,\n6,Võ Hồ Tiến "
        "Hưng,1990,\n");
    CHECK(namesOf(tableFromText(csv)) == LIST);
    QString semicolons = csv;
    CHECK(namesOf(tableFromText(semicolons.replace(QLatin1Char(','), QLatin1Char(';')))) == LIST);
    const QString tabs =
        QStringLiteral("Họ tên\tChức vụ\n") + LIST.join(QStringLiteral("\tx\n")) + QStringLiteral("\tx\n");
    CHECK(namesOf(tableFromText(tabs)) == LIST);
}

TEST_CASE("without a heading the column of names is found beside numbers and years") {
    QString text;
    for (int i = 0; i < LIST.size(); ++i) {
        text += QStringLiteral("%1;%2;19%3\n").arg(i + 1).arg(LIST[i]).arg(70 + i);
    }
    CHECK(namesOf(tableFromText(text)) == LIST);
}

TEST_CASE("an .xlsx written by openpyxl (inline strings, a title row, an empty row, a second sheet)") {
    auto rows = tableFromXlsx(fixture("candidates.xlsx"));
    REQUIRE(rows.has_value());
    CHECK(rows->size() == 9);
    CHECK((*rows)[3][2] == QStringLiteral("1975"));
    CHECK(namesOf(*rows) == LIST);
}

TEST_CASE("an .xlsx laid out as Excel writes it: shared strings, rich text, the sheet found by the workbook") {
    auto rows = tableFromXlsx(fixture("candidates-shared.xlsx"));
    REQUIRE(rows.has_value());
    CHECK(namesOf(*rows) == LIST);
}

TEST_CASE("damaged and wrong files give an error that says what is wrong") {
    QByteArray xlsx = fixture("candidates.xlsx");
    CHECK(tableFromXlsx(QByteArray("just text, not a workbook")).error().contains(QStringLiteral("not a zip file")));
    CHECK(!tableFromXlsx(xlsx.left(xlsx.size() / 2)).has_value());
    // A flipped byte anywhere: every member reads as it was or gives an error, never other text.
    auto zip = ZipReader::open(xlsx);
    REQUIRE(zip.has_value());
    const QStringList members{"xl/worksheets/sheet1.xml",
                              "xl/worksheets/sheet2.xml",
                              "xl/workbook.xml",
                              "xl/_rels/workbook.xml.rels",
                              "xl/styles.xml",
                              "docProps/core.xml"};
    int damaged = 0;
    for (qsizetype at = 0; at < xlsx.size(); at += 7) {
        QByteArray copy = xlsx;
        copy[at] = static_cast<char>(copy[at] ^ 0x5a);
        auto z = ZipReader::open(copy);
        for (const QString& m : members) {
            auto original = zip->read(m);
            REQUIRE(original.has_value());
            auto read = z ? z->read(m) : std::expected<QByteArray, QString>(std::unexpected(z.error()));
            if (read) {
                CHECK(*read == *original);
            } else {
                ++damaged;
            }
        }
    }
    CHECK(damaged > 0);
    CHECK(candidateNames(tableFromText(QStringLiteral("Họ và tên\n\n"))).error().contains(QStringLiteral("no names")));
    CHECK(candidateNames(tableFromText(QStringLiteral("1\n2\n3\n"))).error().contains(QStringLiteral("no column")));
}

namespace {

// A workbook made of one sheet's XML (inline strings), stored.
QByteArray workbookOf(const QByteArray& sheetXml) {
    return kp::test::storedZip(
        {{"xl/worksheets/sheet1.xml", "<worksheet><sheetData>" + sheetXml + "</sheetData></worksheet>"}});
}

}  // namespace

TEST_CASE("a number alone under the heading is not a name (found by fuzzing: an empty name came out)") {
    const QString csv = QStringLiteral("STT;Họ và tên\n1;Lê Văn An\n2;30- \n3;3.\n4;Bùi Thị Bình\n");
    CHECK(namesOf(tableFromText(csv)) == QStringList{"Lê Văn An", "Bùi Thị Bình"});
    const auto none = candidateNames(tableFromText(QStringLiteral("Họ và tên\n7 \n")));
    REQUIRE_FALSE(none);
    CHECK(none.error().contains(QStringLiteral("no names")));
}

TEST_CASE("a cell or row beyond an Excel sheet is refused, not laid out (found by fuzzing: a 32-million-cell row)") {
    const QByteArray name = "<is><t>Lê Văn An</t></is>";
    REQUIRE(tableFromXlsx(workbookOf("<row r=\"1\"><c r=\"XFD1\" t=\"inlineStr\">" + name + "</c></row>")));
    const auto wide = tableFromXlsx(workbookOf("<row r=\"1\"><c r=\"XFE1\" t=\"inlineStr\">" + name + "</c></row>"));
    REQUIRE_FALSE(wide);
    CHECK(wide.error() == QStringLiteral("xl/worksheets/sheet1.xml: cell \"XFE1\" lies outside the sheet (line 1)"));
    const auto letters =
        tableFromXlsx(workbookOf("<row r=\"1\"><c r=\"Bsheet1\" t=\"inlineStr\">" + name + "</c></row>"));
    REQUIRE_FALSE(letters);
    CHECK(letters.error().contains(QStringLiteral("cell \"Bsheet1\" lies outside the sheet")));
    const auto tall =
        tableFromXlsx(workbookOf("<row r=\"1048577\"><c r=\"A1048577\" t=\"inlineStr\">" + name + "</c></row>"));
    REQUIRE_FALSE(tall);
    CHECK(tall.error().contains(QStringLiteral("row 1048577 lies outside the sheet")));
}
