#include "src/app/report_writer.h"

#include "kp_version.h"
#include "reports/congress_json.h"
#include "reports/listings.h"
#include "reports/minutes.h"
#include "reports/readings_jsonl.h"
#include "reports/render/document_odt.h"
#include "reports/render/document_pdf.h"
#include "reports/results_csv.h"
#include "reports/tally_json.h"
#include "src/app/offscreen.h"
#include "src/common/durable_file.h"
#include "src/common/sha256.h"
#include "tally/tally.h"

namespace kp::app {

namespace fs = std::filesystem;

namespace {

using Done = std::expected<void, std::string>;

class Writer {
public:
    Writer(fs::path dir, std::set<std::string> formats) : m_dir(std::move(dir)), m_formats(std::move(formats)) {}
    bool wants(const std::string& format) const { return m_formats.contains(format); }
    // A report document in every document format asked for.
    Done document(const std::string& stem, const doc::Document& d) {
        if (wants("pdf")) {
            const auto pdf = render::documentPdf(d);
            if (!pdf) {
                return std::unexpected(stem + ".pdf: " + pdf.error());
            }
            if (auto w = file(stem + ".pdf", pdf->toStdString()); !w) {
                return w;
            }
        }
        return wants("odt") ? file(stem + ".odt", render::documentOdt(d)) : Done{};
    }
    Done file(const std::string& name, const std::string& bytes) {
        if (auto w = writeFileDurably((m_dir / name).string(), bytes); !w) {
            return std::unexpected(w.error());
        }
        m_written.push_back(m_dir / name);
        return {};
    }
    const std::vector<fs::path>& written() const { return m_written; }

private:
    fs::path m_dir;
    std::set<std::string> m_formats;
    std::vector<fs::path> m_written;
};

}  // namespace

std::expected<std::set<std::string>, std::string> reportFormats(const std::string& list) {
    std::set<std::string> out;
    std::size_t start = 0;
    while (start <= list.size()) {
        const std::size_t end = std::min(list.find(',', start), list.size());
        const std::string f = list.substr(start, end - start);
        if (!REPORT_FORMATS.contains(f)) {
            return std::unexpected("--format: \"" + f + "\" is not one of pdf, odt, csv, json");
        }
        out.insert(f);
        start = end + 1;
    }
    return out;
}

std::expected<ReportOutput, std::string> writeReports(const ReportRequest& request, const fs::path& dir) {
    const RecordReportInputs& inputs = request.inputs;
    const auto congress = parseCongress(inputs.congressJson);
    if (!congress) {
        return std::unexpected(request.source + ": " + congress.error().message());
    }
    const auto info = parseMinutesInfo(inputs.congressJson);
    if (!info) {
        return std::unexpected(request.source + ": " + info.error());
    }
    const auto readings = parseReadings(inputs.countedJsonl);
    if (!readings) {
        return std::unexpected(request.readingsSource + ": " + readings.error().message());
    }
    TallyFilter filter;
    if (request.election) {
        filter.election = ElectionId{*request.election};
    }
    const auto results = tally(*congress, *readings, filter);
    if (!results) {
        return std::unexpected("no minutes while the count is not complete: " + results.error().message());
    }
    if (results->empty()) {
        return std::unexpected("the congress has no election \"" + request.election.value_or("") + "\"");
    }
    // The canonical JSON is what the printed hash stands for: the pages name its SHA-256.
    const std::string canonical = tallyJson(*results);
    const RecordSeal seal{sha256Hex(canonical), inputs.auditHead,
                          std::string("KiemPhieu ") + kp::VERSION + " (" + kp::GIT_COMMIT + ")", inputs.publicKey};
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) {
        return std::unexpected("cannot create " + dir.string() + ": " + ec.message());
    }
    std::vector<RoundResult> countedRounds;
    ReportOutput out;
    for (const RoundResult& r : *results) {
        if (counted(r)) {
            countedRounds.push_back(r);
        } else {
            out.notCounted.emplace_back(r.spec.election, r.spec.round);
        }
    }
    if (countedRounds.empty()) {
        return std::unexpected("no ballot has been counted yet: there are no minutes to make");
    }
    OffscreenGui gui;
    Writer w(dir, request.formats);
    std::vector<Done> done;
    for (const RoundResult& r : countedRounds) {
        done.push_back(w.document("bien-ban-kiem-phieu-" + r.spec.election.value + "-lan-" + std::to_string(r.spec.round),
                                  countingMinutes(*congress, *info, r, seal)));
    }
    done.push_back(w.document("danh-sach-trung-cu", resultsAnnouncement(*congress, *info, countedRounds, seal)));
    done.push_back(w.document("tong-hop-ket-qua", electionsSummary(*congress, *info, countedRounds, seal)));
    if (request.fromRecord) {
        done.push_back(w.document("danh-sach-phieu", ballotListing(*congress, *info, inputs.ballots, seal)));
        done.push_back(w.document("nhat-ky-kiem-phieu", entryJournal(*congress, *info, inputs.journal, seal)));
    }
    if (w.wants("csv")) {
        done.push_back(w.file("ket-qua.csv", candidatesCsv(*congress, *results)));
        done.push_back(w.file("tong-hop-ket-qua.csv", roundsCsv(*congress, *results)));
        if (request.fromRecord) {
            done.push_back(w.file("danh-sach-phieu.csv", ballotListingCsv(inputs.ballots)));
        }
    }
    if (w.wants("json")) {
        done.push_back(w.file("ket-qua.json", canonical));
    }
    for (const Done& d : done) {
        if (!d) {
            return std::unexpected(d.error());
        }
    }
    out.files = w.written();
    out.resultSha256 = seal.resultSha256;
    return out;
}

}  // namespace kp::app
