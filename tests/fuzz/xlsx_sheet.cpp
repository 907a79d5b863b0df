// The XML inside a workbook, explored directly: random bytes rarely make a zip whose CRCs
// hold, so this target wraps its input in a valid .xlsx (stored members): the text before the
// first NUL byte is xl/sharedStrings.xml, the rest xl/worksheets/sheet1.xml. Then as `xlsx`:
// tableFromXlsx and candidateNames never crash, and no table grows past Excel's sheet.
#include <QByteArray>

#include "fuzz.h"
#include "src/app/candidate_import.h"
#include "tests/app/stored_zip.h"

using kp::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const qsizetype split = input.indexOf('\0');
    const QByteArray shared = split < 0 ? QByteArray() : input.left(split);
    const QByteArray sheet = split < 0 ? input : input.mid(split + 1);
    const auto table = kp::app::tableFromXlsx(
        kp::test::storedZip({{"xl/sharedStrings.xml", shared}, {"xl/worksheets/sheet1.xml", sheet}}));
    if (table) {
        require(table->size() <= 1'048'576, "no more rows than an Excel sheet has");
        for (const QStringList& row : *table) {
            require(row.size() <= 16'384, "no more columns than an Excel sheet has");
        }
        (void)kp::app::candidateNames(*table);
    }
    return 0;
}
