#include "src/app/review_queue.h"

#include <filesystem>
#include <map>

#include "reports/congress_json.h"
#include "src/app/json_fields.h"
#include "src/app/readings_import.h"
#include "src/app/record_count.h"

namespace kp::app {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

std::expected<std::vector<ReviewItem>, std::string> reviewQueue(store::Record& record) {
    auto rows = record.rows();
    if (!rows) {
        return std::unexpected(rows.error().message);
    }
    auto count = countRecord(*rows);
    if (!count) {
        return std::unexpected(count.error());
    }
    std::map<std::string, std::string> imageOf;  // sheet number and SHA-256 → image file
    for (const store::SheetRow& s : rows->sheets) {
        imageOf[std::to_string(s.id)] = (fs::path(record.imagesDir()) / s.image).string();
        imageOf[s.sha256] = imageOf[std::to_string(s.id)];
    }
    std::vector<ReviewItem> out;
    for (const store::BallotOutcome& o : count->outcomes) {
        if (o.state != store::BallotState::Waiting) {
            continue;
        }
        ReviewItem item;
        item.sheet = o.sheet;
        item.election = o.election;
        item.round = static_cast<int>(o.round);
        item.reasons = o.reasons;
        item.twin = o.twin;
        if (item.manual()) {
            for (const store::ManualEntryRow& e : rows->manualEntries) {
                if (e.election == o.election && e.round == o.round && "manual-" + e.ballot == o.sheet) {
                    item.entries.push_back({e.by.name, Json::parse(e.entry)});
                }
            }
        } else {
            item.image = imageOf[o.sheet];
            item.reading = Json::parse(o.line);
            const auto other = item.reading.find("other_side");
            if (other != item.reading.end()) {
                item.otherSide = imageOf[textField(*other, "sha256").value_or("")];
            }
            if (o.twin != 0) {
                item.twinImage = imageOf[std::to_string(o.twin)];
            }
        }
        out.push_back(std::move(item));
    }
    return out;
}

std::expected<std::int64_t, store::StoreError> ruleOn(store::Record& record, const ReviewItem& item,
                                                      const Json& decision, const std::string& reason,
                                                      const store::SignedIn& first, const store::SignedIn& second,
                                                      const std::string& time) {
    const auto bad = [](const std::string& why) {
        return std::unexpected(store::storeError(store::StoreErrc::BadDecision, why, {why}));
    };
    if (!decision.is_object()) {
        return bad("a decision is a JSON object");
    }
    if (!decision.contains("set_aside")) {
        const auto text = record.congressJson();
        if (!text) {
            return std::unexpected(text.error());
        }
        const auto congress = parseCongress(*text);
        if (!congress) {
            return bad("the record's congress: " + congress.error().message());
        }
        std::vector<std::string> ids;
        if (const auto struck = decision.find("struck"); struck != decision.end() && struck->is_array()) {
            for (const Json& id : *struck) {
                ids.push_back(id.is_string() ? id.get<std::string>() : id.dump());
            }
        }
        if (const auto marks = decision.find("marks"); marks != decision.end() && marks->is_object()) {
            for (const auto& [id, mark] : marks->items()) {
                ids.push_back(id);
            }
        }
        if (auto known = checkCandidateIds(*congress, item.election, ids); !known) {
            return bad(known.error());
        }
    } else if (item.manual()) {
        return bad("a manually entered ballot is not set aside: rule on what it holds");
    }
    store::Committee committee(record);
    if (item.manual()) {
        return committee.ruleManual(item.election, item.round, item.ballot(), decision.dump(), reason, first, second,
                                    time);
    }
    return committee.ruleSheet(std::stoll(item.sheet), decision.dump(), reason, first, second, time);
}

}  // namespace kp::app
