#include "report_command.h"

#include <filesystem>
#include <iostream>
#include <set>

#include "args.h"
#include "exit_codes.h"
#include "kp_version.h"
#include "offscreen.h"
#include "report_record.h"
#include "reports/congress_json.h"
#include "reports/listings.h"
#include "reports/minutes.h"
#include "reports/readings_jsonl.h"
#include "reports/render/document_odt.h"
#include "reports/render/document_pdf.h"
#include "reports/results_csv.h"
#include "reports/tally_json.h"
#include "src/common/durable_file.h"
#include "src/common/sha256.h"
#include "tally/tally.h"

namespace kp::cli {

namespace fs = std::filesystem;

namespace {

const std::set<std::string> FORMATS{"pdf", "odt", "csv", "json"};

class Writer {
public:
    Writer(fs::path dir, std::set<std::string> formats) : m_dir(std::move(dir)), m_formats(std::move(formats)) {}
    bool wants(const std::string& format) const { return m_formats.contains(format); }
    // A report document in every document format asked for.
    std::expected<void, std::string> document(const std::string& stem, const doc::Document& d) {
        if (wants("pdf")) {
            const auto pdf = render::documentPdf(d);
            if (!pdf) {
                return std::unexpected(stem + ".pdf: " + pdf.error());
            }
            if (auto w = file(stem + ".pdf", pdf->toStdString()); !w) {
                return w;
            }
        }
        if (wants("odt")) {
            return file(stem + ".odt", render::documentOdt(d));
        }
        return {};
    }
    std::expected<void, std::string> file(const std::string& name, const std::string& bytes) {
        if (auto w = writeFileDurably((m_dir / name).string(), bytes); !w) {
            return std::unexpected(w.error());
        }
        m_written.push_back(name);
        return {};
    }
    const std::vector<std::string>& written() const { return m_written; }

private:
    fs::path m_dir;
    std::set<std::string> m_formats;
    std::vector<std::string> m_written;
};

std::expected<std::set<std::string>, std::string> formatsOf(const std::string& list) {
    std::set<std::string> out;
    std::size_t start = 0;
    while (start <= list.size()) {
        const std::size_t end = std::min(list.find(',', start), list.size());
        const std::string f = list.substr(start, end - start);
        if (!FORMATS.contains(f)) {
            return std::unexpected("--format: \"" + f + "\" is not one of pdf, odt, csv, json");
        }
        out.insert(f);
        start = end + 1;
    }
    return out;
}

}  // namespace

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
    auto formats = formatsOf(args->value("--format").value_or("pdf,odt,csv,json"));
    if (!formats) {
        return usageError("report: " + formats.error());
    }

    RecordReportInputs inputs;
    if (db) {
        auto loaded = loadRecordForReport(*db);
        if (!loaded) {
            return inputError("report: " + loaded.error());
        }
        inputs = std::move(*loaded);
    } else {
        auto congressText = readFile(*args->value("--congress"));
        auto readingsText = readFile(*args->value("--readings"));
        if (!congressText || !readingsText) {
            return inputError("report: " + (!congressText ? congressText.error() : readingsText.error()));
        }
        inputs.congressJson = *congressText;
        inputs.countedJsonl = *readingsText;
    }
    const std::string source = db ? *db : *args->value("--congress");
    const auto congress = parseCongress(inputs.congressJson);
    if (!congress) {
        return inputError("report: " + source + ": " + congress.error().message());
    }
    const auto info = parseMinutesInfo(inputs.congressJson);
    if (!info) {
        return inputError("report: " + source + ": " + info.error());
    }
    const auto readings = parseReadings(inputs.countedJsonl);
    if (!readings) {
        return inputError("report: " + (db ? *db + " (counted ballots)" : *args->value("--readings")) + ": " +
                          readings.error().message());
    }
    TallyFilter filter;
    if (const auto e = args->value("--election")) {
        filter.election = ElectionId{*e};
    }
    const auto results = tally(*congress, *readings, filter);
    if (!results) {
        return inputError("report: no minutes while the count is not complete: " + results.error().message());
    }
    if (results->empty()) {
        return inputError("report: the congress has no election \"" + args->value("--election").value_or("") + "\"");
    }
    // The canonical JSON is what the printed hash stands for: the pages name its SHA-256.
    const std::string canonical = tallyJson(*results);
    const RecordSeal seal{sha256Hex(canonical), inputs.auditHead,
                          std::string("KiemPhieu ") + kp::VERSION + " (" + kp::GIT_COMMIT + ")"};

    const fs::path out = *args->value("--out");
    std::error_code ec;
    fs::create_directories(out, ec);
    if (ec) {
        return inputError("report: cannot create " + out.string() + ": " + ec.message());
    }
    OffscreenGui gui;
    Writer w(out, *formats);
    std::vector<std::expected<void, std::string>> done;
    for (const RoundResult& r : *results) {
        done.push_back(w.document("bien-ban-kiem-phieu-" + r.spec.election.value + "-lan-" + std::to_string(r.spec.round),
                                  countingMinutes(*congress, *info, r, seal)));
    }
    done.push_back(w.document("danh-sach-trung-cu", resultsAnnouncement(*congress, *info, *results, seal)));
    done.push_back(w.document("tong-hop-ket-qua", electionsSummary(*congress, *info, *results, seal)));
    if (db) {
        done.push_back(w.document("danh-sach-phieu", ballotListing(*congress, *info, inputs.ballots, seal)));
        done.push_back(w.document("nhat-ky-kiem-phieu", entryJournal(*congress, *info, inputs.journal, seal)));
    }
    if (w.wants("csv")) {
        done.push_back(w.file("ket-qua.csv", candidatesCsv(*congress, *results)));
        done.push_back(w.file("tong-hop-ket-qua.csv", roundsCsv(*congress, *results)));
        if (db) {
            done.push_back(w.file("danh-sach-phieu.csv", ballotListingCsv(inputs.ballots)));
        }
    }
    if (w.wants("json")) {
        done.push_back(w.file("ket-qua.json", canonical));
    }
    for (const auto& d : done) {
        if (!d) {
            return inputError("report: " + d.error());
        }
    }
    for (const std::string& name : w.written()) {
        std::cout << (out / name).string() << "\n";
    }
    std::cout << "SHA-256 of the canonical result (printed on every page): " << seal.resultSha256 << "\n";
    return EXIT_OK;
}

}  // namespace kp::cli
