#pragma once
// Strong id types: a candidate id can never be passed where an election id is expected.
#include <compare>
#include <cstddef>
#include <functional>
#include <string>

namespace kp {

template <class Tag>
struct StrongId {
    std::string value;

    friend bool operator==(const StrongId&, const StrongId&) = default;
    friend auto operator<=>(const StrongId&, const StrongId&) = default;
};

using CandidateId = StrongId<struct CandidateIdTag>;
using ElectionId = StrongId<struct ElectionIdTag>;

}  // namespace kp

template <class Tag>
struct std::hash<kp::StrongId<Tag>> {
    std::size_t operator()(const kp::StrongId<Tag>& id) const noexcept { return std::hash<std::string>{}(id.value); }
};
