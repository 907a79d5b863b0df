#include "src/app/report_record.h"

#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "reports/congress_json.h"
#include "src/app/json_lines.h"
#include "src/app/record_count.h"
#include "src/store/audit_log.h"
#include "src/store/committee.h"
#include "src/store/consistency.h"

namespace kp::app {

namespace {

using Json = nlohmann::ordered_json;

// How the journal names each kind of audit event.
std::string kindText(const std::string& kind) {
    static const std::map<std::string, std::string> TEXT{{"record_created", "lập hồ sơ"},
                                                         {"batch_imported", "nhận lô phiếu quét"},
                                                         {"sheet_imported", "nhận tờ phiếu"},
                                                         {"reading_recorded", "ghi kết quả máy đọc"},
                                                         {"operator_added", "thêm người kiểm phiếu"},
                                                         {"ruling", "phán quyết"},
                                                         {"manual_ruling", "phán quyết (nhập tay)"},
                                                         {"manual_entry", "nhập tay"},
                                                         {"round_ruling", "phán quyết về lần bầu"},
                                                         {"operator_status", "thay đổi thành viên"},
                                                         {"word_blank_confirmed", "xác nhận phiếu mẫu"}};
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
    if (status == "unread") {
        return "chưa đọc";
    }
    if (status == "set_aside") {
        const std::string why = line.value("set_aside", "");
        return why == "refeed"        ? "để riêng: tờ quét lại (đã tính ở tờ gốc)"
               : why == "other_round" ? "để riêng: phiếu của lần bầu khác"
                                      : "để riêng: không phải phiếu bầu";
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
    auto record = store::Record::open(dbPath, store::Record::Access::ReadOnly);
    if (!record) {
        return std::unexpected(record.error().message);
    }
    auto rows = record->rows();
    if (!rows) {
        return std::unexpected(dbPath + ": " + rows.error().message);
    }
    // Minutes are signed: never from a record that does not agree with its own audit log.
    if (const auto problems = store::checkConsistency(*rows); !problems.empty()) {
        return std::unexpected(dbPath + " does not agree with its audit log (" + problems.front() +
                               (problems.size() > 1 ? ", and " + std::to_string(problems.size() - 1) + " more" : "") +
                               "); no report is made from it");
    }
    auto count = countRecord(*rows);
    if (!count) {
        return std::unexpected(dbPath + ": " + count.error());
    }
    auto info = parseMinutesInfo(rows->congress);
    if (!info) {
        return std::unexpected(dbPath + ": the record's congress: " + info.error());
    }
    std::map<std::string, std::string> names;
    for (const Election& e : count->congress.elections) {
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
    for (const store::SheetRow& s : rows->sheets) {
        shaOf[std::to_string(s.id)] = s.sha256;
    }
    std::map<std::int64_t, Json> readingOf;
    for (const store::ReadingRow& r : rows->readings) {
        readingOf[r.id] = Json::parse(r.line, nullptr, false);
    }
    std::map<std::string, std::string> rulingText;  // "ruling 3" / "manual_ruling 1" → members and reason
    const auto addRulings = [&](const std::vector<store::RulingRow>& list, const std::string& kind) {
        for (const store::RulingRow& r : list) {
            rulingText[kind + " " + std::to_string(r.id)] = r.first.name + " và " + r.second.name + ": " + r.reason;
        }
    };
    addRulings(rows->sheetRulings, "ruling");
    addRulings(rows->manualRulings, "manual_ruling");
    const std::string head = rows->events.empty() ? store::GENESIS_HASH : rows->events.back().hash;
    RecordReportInputs out{writeCongress(count->congress, *info), count->lines, head,
                           store::congressKey(rows->events),      {},           {}};
    for (const store::BallotOutcome& o : count->outcomes) {
        const Json line = Json::parse(o.line);
        BallotRow row;
        row.election = o.election;
        row.round = static_cast<int>(o.round);
        row.sheet = o.sheet;
        const bool manual = row.sheet.starts_with("manual-");
        row.image = manual ? "" : shaOf[row.sheet];
        row.recognized = manual           ? "nhập tay " + std::to_string(line.value("entries", 0)) + " lần"
                         : o.reading == 0 ? "chưa đọc"
                                          : recognizedText(readingOf[o.reading]);
        row.counted = countedText(line, names);
        if (o.ruling != 0) {
            row.ruling = rulingText[(manual ? "manual_ruling " : "ruling ") + std::to_string(o.ruling)];
        }
        out.ballots.push_back(std::move(row));
    }
    for (const store::Event& e : rows->events) {
        out.journal.push_back({e.seq, e.time, e.actor, kindText(e.kind), e.payload, e.hash});
    }
    return out;
}

}  // namespace kp::app
