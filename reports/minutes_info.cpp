#include "minutes_info.h"

#include <nlohmann/json.hpp>

namespace kp {

namespace {

using Json = nlohmann::json;

const std::vector<std::string> DEFAULT_BASIS{
    "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
    "Căn cứ Quy chế bầu cử trong Đảng ban hành kèm theo Quyết định số 190-QĐ/TW ngày 10/10/2024 của Bộ Chính trị;",
    "Căn cứ Hướng dẫn số 04-HD/TW ngày 31/12/2024 của Ban Bí thư thực hiện Quy chế bầu cử trong Đảng;",
};

struct Bad {
    std::string message;
};

std::string text(const Json& object, const char* key, const std::string& where) {
    if (!object.contains(key)) {
        return "";
    }
    if (!object[key].is_string()) {
        throw Bad{where + "." + key + ": must be a string"};
    }
    return object[key].get<std::string>();
}

}  // namespace

const std::vector<std::string>& defaultLegalBasis() { return DEFAULT_BASIS; }

std::expected<MinutesInfo, std::string> parseMinutesInfo(std::string_view congressJson) {
    const Json root = Json::parse(congressJson, nullptr, false);
    if (root.is_discarded() || !root.is_object()) {
        return std::unexpected("congress file: not a JSON object");
    }
    try {
        MinutesInfo info;
        const Json congress = root.value("congress", Json::object());
        info.superior = text(congress, "superior", "congress");
        info.locality = text(congress, "locality", "congress");
        info.place = text(congress, "place", "congress");
        info.date = text(congress, "date", "congress");
        if (congress.contains("training") && !congress["training"].is_boolean()) {
            throw Bad{"congress.training: must be true or false"};
        }
        info.training = congress.value("training", false);
        const Json members = congress.value("counting_committee", Json::array());
        for (std::size_t i = 0; i < members.size(); ++i) {
            const std::string where = "congress.counting_committee[" + std::to_string(i) + "]";
            const std::string role = text(members[i], "role", where);
            if (role != "truong_ban" && role != "thanh_vien") {
                throw Bad{where + ".role: \"" + role + "\" is not one of: truong_ban, thanh_vien"};
            }
            info.committee.push_back({text(members[i], "name", where), role == "truong_ban"});
        }
        const Json basis = congress.value("legal_basis", Json::array());
        for (std::size_t i = 0; i < basis.size(); ++i) {
            if (!basis[i].is_string()) {
                throw Bad{"congress.legal_basis[" + std::to_string(i) + "]: must be a string"};
            }
            info.legalBasis.push_back(basis[i].get<std::string>());
        }
        if (info.legalBasis.empty()) {
            info.legalBasis = DEFAULT_BASIS;
        }
        const Json elections = root.value("elections", Json::array());
        for (std::size_t i = 0; i < elections.size(); ++i) {
            if (elections[i].contains("present")) {
                const Json& p = elections[i]["present"];
                if (!p.is_number_unsigned()) {
                    throw Bad{"elections[" + std::to_string(i) + "].present: must be a whole number ≥ 0"};
                }
                info.present[elections[i].value("id", "")] = p.get<Count>();
            }
        }
        return info;
    } catch (const Bad& bad) {
        return std::unexpected("congress file: " + bad.message);
    } catch (const nlohmann::json::exception& e) {
        return std::unexpected(std::string("congress file: ") + e.what());
    }
}

}  // namespace kp
