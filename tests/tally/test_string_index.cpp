// The flat hash index behind candidate and sheet lookups.
#include <doctest/doctest.h>

#include <deque>
#include <string>

#include "tally/string_index.h"

using kp::StringIndex;

TEST_CASE("keys get positions in insertion order and are found again after growth") {
    std::deque<std::string> keys;
    StringIndex index;  // starts small: grows many times
    for (int i = 0; i < 100000; ++i) {
        keys.push_back("s" + std::to_string(i));
        const auto [position, inserted] = index.insert(keys.back());
        CHECK(inserted);
        CHECK(position == static_cast<std::uint32_t>(i));
    }
    CHECK(index.size() == 100000);
    for (int i = 0; i < 100000; i += 997) {
        CHECK(index.find("s" + std::to_string(i)) == static_cast<std::uint32_t>(i));
    }
    CHECK_FALSE(index.contains("s100000"));
    CHECK_FALSE(index.contains(""));
    CHECK(index.key(5) == "s5");
}

TEST_CASE("a repeated key keeps its first position") {
    StringIndex index(4);
    CHECK(index.insert("c1").second);
    CHECK(index.insert("c2").second);
    const auto again = index.insert("c1");
    CHECK_FALSE(again.second);
    CHECK(again.first == 0);
    CHECK(index.size() == 2);
}

TEST_CASE("probe then insertAt inserts where the probe looked") {
    StringIndex index;
    const auto p = index.probe("007");
    CHECK_FALSE(p.position);
    CHECK(index.insertAt(p, "007") == 0);
    CHECK(index.probe("007").position == 0U);
    CHECK(index.find("07") == std::nullopt);  // distinct strings stay distinct
    CHECK(index.insert("").second);           // the empty string is a key like any other
    CHECK(index.find("") == 1U);
}
