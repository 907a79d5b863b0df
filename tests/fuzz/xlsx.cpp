// A candidate list from any bytes given as an .xlsx workbook: the zip reader and the sheet's
// XML never crash, and whatever table comes out goes through the name finder.
#include <QByteArray>

#include "fuzz.h"
#include "src/app/candidate_import.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto table = kp::app::tableFromXlsx(bytes);
    if (table) {
        (void)kp::app::candidateNames(*table);
    }
    return 0;
}
