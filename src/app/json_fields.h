#pragma once
// Fields of JSON read from files someone else may have written (a scan log, readings, an audit
// bundle): a field of the wrong type is "absent", never an exception, so each caller can say
// what was wrong and where instead of aborting.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace kp::app {

template <typename J>
std::optional<std::string> textField(const J& object, const char* key) {
    if (!object.is_object()) {
        return std::nullopt;
    }
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? std::optional(it->template get<std::string>()) : std::nullopt;
}

template <typename J>
std::optional<std::int64_t> integerField(const J& object, const char* key) {
    if (!object.is_object()) {
        return std::nullopt;
    }
    const auto it = object.find(key);
    return it != object.end() && it->is_number_integer() ? std::optional(it->template get<std::int64_t>())
                                                         : std::nullopt;
}

}  // namespace kp::app
