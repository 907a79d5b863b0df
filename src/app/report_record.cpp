#include "src/app/report_record.h"

#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "reports/congress_json.h"
#include "src/app/json_lines.h"
#include "src/store/audit_log.h"
#include "src/store/committee.h"

namespace kp::app {

namespace {

using Json = nlohmann::ordered_json;


// How the journal names each kind of audit event.
std::string kindText(const std::string& kind) {
    static const std::map<std::string, std::string> TEXT{
        {"record_created", "lập hồ sơ"},          {"batch_imported", "nhận lô phiếu quét"},
        {"sheet_imported", "nhận tờ phiếu"},      {"reading_recorded", "ghi kết quả máy đọc"},
        {"operator_added", "thêm người kiểm phiếu"}, {"ruling", "phán quyết"},
        {"manual_ruling", "phán quyết (nhập tay)"}, {"manual_entry", "nhập tay"}};
    const auto it = TEXT.find(kind);
    return it == TEXT.end() ? kind : it->second;
}

// The ballot as counted, in words and names: "gạch: A, B", "không hợp lệ: write_in", marks.
std::string countedText(const Json& line, const std::map<std::string, std::string>& names) {
    const auto name = [&](const std::string& id) {
        const auto it = names.find(id);
        return it == names.end() ? id : it->second;
    };
    const std::string status = line.value("status", "read");
    if (status == "rejected") {
        const Json reasons = line.value("reasons", Json::array());
        return std::ranges::find(reasons, Json("later_side")) != reasons.end()
                   ? "mặt sau của phiếu hai mặt: tính cùng mặt trước"
                   : "không tính (không phải phiếu của lần bầu này)";
    }
    if (status == "review") {
        return "chờ Ban kiểm phiếu";
    }
    std::string out;
    if (line.contains("invalid")) {
        out = "không hợp lệ: " + line["invalid"].get<std::string>();
    }
    if (line.contains("struck")) {
        std::string struck;
        for (const auto& id : line["struck"]) {
            struck += (struck.empty() ? "" : ", ") + name(id.get<std::string>());
        }
        out += (out.empty() ? "" : "; ") + std::string("gạch: ") + (struck.empty() ? "không gạch tên nào" : struck);
    }
    if (line.contains("marks")) {
        for (const auto& [id, mark] : line["marks"].items()) {
            out += (out.empty() ? "" : "; ") + name(id) + ": " + mark.get<std::string>();
        }
    }
    return out;
}

std::string recognizedText(const Json& original) {
    const std::string status = original.value("status", "read");
    std::string out = status == "read" ? "đọc được" : status == "review" ? "chuyển Ban kiểm phiếu" : "loại";
    const Json reasons = original.value("reasons", Json::array());
    if (!reasons.empty()) {
        std::string list;
        for (const auto& r : reasons) {
            list += (list.empty() ? "" : ", ") + r.get<std::string>();
        }
        out += " (" + list + ")";
    }
    return out;
}

}  // namespace

std::expected<RecordReportInputs, std::string> loadRecordForReport(const std::string& dbPath) {
    auto record = store::Record::open(dbPath);
    if (!record) {
        return std::unexpected(record.error().message);
    }
    store::Committee committee(*record);
    auto congress = record->congressJson();
    auto counted = committee.countedJsonl();
    auto readings = record->readingsJsonl();
    auto rulings = committee.rulingsJsonl();
    auto sheets = record->sheets();
    auto events = store::allEvents(record->db());
    auto head = store::headHash(record->db());
    if (!congress || !counted || !readings || !rulings || !sheets || !events || !head) {
        const auto& e = !congress ? congress.error()
                        : !counted ? counted.error()
                        : !readings ? readings.error()
                        : !rulings ? rulings.error()
                        : !sheets ? sheets.error()
                        : !events ? events.error()
                                  : head.error();
        return std::unexpected(dbPath + ": " + e.message);
    }
    const auto parsed = parseCongress(*congress);
    if (!parsed) {
        return std::unexpected(dbPath + ": the record's congress: " + parsed.error().message());
    }
    std::map<std::string, std::string> names;
    for (const Election& e : parsed->elections) {
        for (const Candidate& c : e.candidates) {
            names[c.id.value] = c.name;
        }
        for (const auto& round : e.rounds) {
            for (const Candidate& c : round.candidates) {
                names[c.id.value] = c.name;
            }
        }
    }
    std::map<std::string, std::string> shaOf;
    for (const store::SheetRow& s : *sheets) {
        shaOf[std::to_string(s.id)] = s.sha256;
    }
    std::map<std::string, Json> originalOf;
    for (Json& r : jsonLinesOf(*readings)) {
        originalOf[r.value("sheet", "")] = r;
    }
    std::map<std::string, std::string> rulingText;  // "ruling 3" / "manual_ruling 1" → members and reason
    for (const Json& r : jsonLinesOf(*rulings)) {
        const std::string kind = r.contains("ruling") ? "ruling" : "manual_ruling";
        const Json& m = r["members"];
        rulingText[kind + " " + r[kind].dump()] = m[0].value("name", "") + " và " + m[1].value("name", "") + ": " +
                                                 r.value("reason", "");
    }
    RecordReportInputs out{*congress, *counted, *head, {}, {}};
    for (const Json& line : jsonLinesOf(*counted)) {
        BallotRow row;
        row.election = line.value("election", "");
        row.round = line.value("round", 1);
        row.sheet = line.value("sheet", "");
        const bool manual = row.sheet.starts_with("manual-");
        row.image = manual ? "" : shaOf[row.sheet];
        row.recognized = manual ? "nhập tay " + std::to_string(line.value("entries", 0)) + " lần"
                                : recognizedText(originalOf[row.sheet]);
        row.counted = countedText(line, names);
        for (const char* kind : {"ruling", "manual_ruling"}) {
            if (line.contains(kind)) {
                row.ruling = rulingText[std::string(kind) + " " + line[kind].dump()];
            }
        }
        out.ballots.push_back(std::move(row));
    }
    for (const store::Event& e : *events) {
        out.journal.push_back({e.seq, e.time, e.actor, kindText(e.kind), e.payload, e.hash});
    }
    return out;
}

}  // namespace kp::app
