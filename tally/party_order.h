#pragma once
// The order party templates list candidates in (election-rules §2): A-B-C by given name
// (tên), then family name (họ), then middle name (tên đệm), in the Vietnamese alphabet
// a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y.
// Words compare on their base letters first and only then on their tones, as Vietnamese
// dictionaries do (an < án < ang < anh); tones rank ngang, huyền, hỏi, ngã, sắc, nặng.
// f j w z (foreign names) sit at their Latin places. Case is ignored. Precomposed (NFC) and
// decomposed (NFD) text compare alike.
// The congress file keeps whatever order the congress adopted; this only proposes one.
#include <string_view>
#include <vector>

#include "congress.h"

namespace kp {

// <0, 0, >0 like strcmp, for two words or phrases.
int compareVietnamese(std::string_view a, std::string_view b);

// Given name = last word, family name = first word, middle = the words between.
bool partyOrderLess(std::string_view fullNameA, std::string_view fullNameB);

// A stable sort: equal names keep their order.
std::vector<Candidate> inPartyOrder(std::vector<Candidate> list);

}  // namespace kp
