#pragma once
// The codes the congress file spells the model's enums with (docs/formats.md): one table for
// the parser and the writer, so the two cannot drift apart.
#include <array>
#include <string_view>
#include <utility>

#include "tally/congress.h"

namespace kp::congress_codes {

template <class E, std::size_t N>
using Table = std::array<std::pair<std::string_view, E>, N>;

inline constexpr Table<Level, 3> LEVELS{{{"co_so", Level::CoSo}, {"huyen", Level::Huyen}, {"tinh", Level::Tinh}}};

inline constexpr Table<CongressKind, 2> KINDS{
    {{"delegates", CongressKind::Delegates}, {"members", CongressKind::Members}}};

inline constexpr Table<Body, 9> BODIES{{
    {"executive_committee", Body::ExecutiveCommittee},
    {"standing_committee", Body::StandingCommittee},
    {"secretary", Body::Secretary},
    {"deputy_secretary", Body::DeputySecretary},
    {"inspection_committee", Body::InspectionCommittee},
    {"inspection_chair", Body::InspectionChair},
    {"delegates_official", Body::DelegatesOfficial},
    {"delegates_alternate", Body::DelegatesAlternate},
    {"other", Body::Other},
}};

template <class E, std::size_t N>
constexpr std::string_view codeOf(E value, const Table<E, N>& table) {
    for (const auto& [code, e] : table) {
        if (e == value) {
            return code;
        }
    }
    return {};
}

}  // namespace kp::congress_codes
