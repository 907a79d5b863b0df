#include "minutes_info.h"

#include "json_input.h"

namespace kp {

namespace {

using namespace json_input;

const std::vector<std::string> DEFAULT_BASIS{
    "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
    "Căn cứ Quy chế bầu cử trong Đảng ban hành kèm theo Quyết định số 190-QĐ/TW ngày 10/10/2024 của Bộ Chính trị;",
    "Căn cứ Hướng dẫn số 04-HD/TW ngày 31/12/2024 của Ban Bí thư thực hiện Quy chế bầu cử trong Đảng;",
};

// An optional string field of `object`; empty when absent.
std::string optionalText(const Json& object, const char* key, const std::string& where) {
    const Json* value = optional(object, key, where);
    return value ? text(*value, where + "." + key) : std::string();
}

// An optional list field of `object`; null when absent.
const Json* optionalList(const Json& object, const char* key, const std::string& where) {
    const Json* list = optional(object, key, where);
    if (list != nullptr && !list->is_array()) {
        fail(where.empty() ? key : where + "." + key, "must be a list");
    }
    return list;
}

}  // namespace

const std::vector<std::string>& defaultLegalBasis() {
    return DEFAULT_BASIS;
}

std::expected<MinutesInfo, std::string> parseMinutesInfo(std::string_view congressJson) {
    try {
        const Json root = parse(congressJson, "congress file");
        requireObject(root, "congress file");
        MinutesInfo info;
        if (const Json* congress = optional(root, "congress", "")) {
            requireObject(*congress, "congress");
            info.superior = optionalText(*congress, "superior", "congress");
            info.locality = optionalText(*congress, "locality", "congress");
            info.place = optionalText(*congress, "place", "congress");
            info.date = optionalText(*congress, "date", "congress");
            if (const Json* training = optional(*congress, "training", "congress")) {
                if (!training->is_boolean()) {
                    fail("congress.training", "must be true or false");
                }
                info.training = training->get<bool>();
            }
            if (const Json* members = optionalList(*congress, "counting_committee", "congress")) {
                for (std::size_t i = 0; i < members->size(); ++i) {
                    const std::string where = "congress.counting_committee[" + std::to_string(i) + "]";
                    const Json& member = (*members)[i];
                    requireObject(member, where);
                    const std::string role = optionalText(member, "role", where);
                    if (role != "truong_ban" && role != "thanh_vien") {
                        fail(where + ".role", "\"" + role + "\" is not one of: truong_ban, thanh_vien");
                    }
                    info.committee.push_back({optionalText(member, "name", where), role == "truong_ban"});
                }
            }
            if (const Json* basis = optionalList(*congress, "legal_basis", "congress")) {
                for (std::size_t i = 0; i < basis->size(); ++i) {
                    info.legalBasis.push_back(text((*basis)[i], "congress.legal_basis[" + std::to_string(i) + "]"));
                }
            }
        }
        if (info.legalBasis.empty()) {
            info.legalBasis = DEFAULT_BASIS;
        }
        if (const Json* elections = optionalList(root, "elections", "")) {
            for (std::size_t i = 0; i < elections->size(); ++i) {
                const std::string where = "elections[" + std::to_string(i) + "]";
                const Json& election = (*elections)[i];
                requireObject(election, where);
                if (const Json* present = optional(election, "present", where)) {
                    if (!present->is_number_unsigned()) {
                        fail(where + ".present", "must be a whole number ≥ 0");
                    }
                    info.present[optionalText(election, "id", where)] = present->get<Count>();
                }
            }
        }
        return info;
    } catch (const JsonInputFailure& f) {
        // The parse's own errors already start with "congress file".
        const std::string message = f.error.message();
        return std::unexpected(message.starts_with("congress file") ? message : "congress file: " + message);
    }
}

}  // namespace kp
