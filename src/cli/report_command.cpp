#include "report_command.h"

#include <iostream>

#include "args.h"
#include "exit_codes.h"
#include "src/app/report_writer.h"

namespace kp::cli {

int runReport(const std::vector<std::string>& argv) {
    const char* usage = "usage: kiemphieu-cli report (--db FILE | --congress FILE --readings FILE) --out DIR "
                        "[--election ID] [--format pdf,odt,csv,json]";
    auto args = Args::parse(argv, ArgSpec{{"--db", "--congress", "--readings", "--out", "--election", "--format"}, {}});
    if (!args) {
        return usageError("report: " + args.error());
    }
    const auto db = args->value("--db");
    const bool fromFiles = args->value("--congress") && args->value("--readings");
    if (!args->value("--out") || db.has_value() == fromFiles || (db && args->value("--congress"))) {
        return usageError(usage);
    }
    app::ReportRequest request;
    auto formats = app::reportFormats(args->value("--format").value_or("pdf,odt,csv,json"));
    if (!formats) {
        return usageError("report: " + formats.error());
    }
    request.formats = *formats;
    request.election = args->value("--election");
    if (db) {
        auto loaded = app::loadRecordForReport(*db);
        if (!loaded) {
            return inputError("report: " + loaded.error());
        }
        request.inputs = std::move(*loaded);
        request.fromRecord = true;
        request.source = *db;
        request.readingsSource = *db + " (counted ballots)";
    } else {
        auto congressText = readFile(*args->value("--congress"));
        auto readingsText = readFile(*args->value("--readings"));
        if (!congressText || !readingsText) {
            return inputError("report: " + (!congressText ? congressText.error() : readingsText.error()));
        }
        request.inputs.congressJson = *congressText;
        request.inputs.countedJsonl = *readingsText;
        request.source = *args->value("--congress");
        request.readingsSource = *args->value("--readings");
    }
    const auto written = app::writeReports(request, *args->value("--out"));
    if (!written) {
        return inputError("report: " + written.error());
    }
    for (const auto& file : written->files) {
        std::cout << file.string() << "\n";
    }
    std::cout << "SHA-256 of the canonical result (printed on every page): " << written->resultSha256 << "\n";
    return EXIT_OK;
}

}  // namespace kp::cli
