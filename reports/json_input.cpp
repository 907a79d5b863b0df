#include "json_input.h"

#include "src/common/strict_json.h"

namespace kp::json_input {

void fail(std::string where, std::string what, InputErrorCode code) {
    throw JsonInputFailure{InputError{code, std::move(where), std::move(what)}};
}

Json parse(std::string_view text, const std::string& where) {
    auto doc = parseStrictJsonMap(text);
    if (doc) {
        return std::move(*doc);
    }
    // A one-line document (a readings line) is already named by its line: give the column.
    fail(where, text.find('\n') == std::string_view::npos ? doc.error().messageInLine() : doc.error().message());
}

void requireObject(const Json& value, const std::string& where) {
    if (!value.is_object()) {
        fail(where, std::string("must be a JSON object, got ") + value.type_name());
    }
}

const Json* optional(const Json& object, const char* key, const std::string& where) {
    requireObject(object, where);
    const auto it = object.find(key);
    return it == object.end() || it->is_null() ? nullptr : &*it;
}

const Json& required(const Json& object, const char* key, const std::string& where) {
    const Json* value = optional(object, key, where);
    if (value == nullptr) {
        fail(where, std::string("missing field \"") + key + "\"");
    }
    return *value;
}

std::string text(const Json& value, const std::string& where) {
    if (!value.is_string()) {
        fail(where, std::string("must be a string, got ") + value.type_name());
    }
    return value.get<std::string>();
}

std::int64_t integer(const Json& value, const std::string& where) {
    if (!value.is_number_integer()) {
        fail(where, std::string("must be a whole number, got ") +
                        (value.is_number() ? value.dump() : std::string(value.type_name())));
    }
    if (value.is_number_unsigned() && value.get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX)) {
        fail(where, "number is too large");
    }
    return value.get<std::int64_t>();
}

}  // namespace kp::json_input
