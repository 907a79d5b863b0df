#pragma once
// How Vietnamese party documents word the count: invalid-ballot reasons, statuses, numbers
// and dates in words, upper case for headers. Reports are in Vietnamese (candidate names are
// data, never changed). Shared by the terminal summary and the minutes.
#include <string>
#include <string_view>
#include <vector>

#include "tally/round_result.h"

namespace kp {

std::string_view statusText(CandidateStatus s);
// As party minutes name the reasons a ballot is invalid.
std::string_view reasonText(InvalidReason r);
std::string nameOf(const RoundResult& r, const CandidateId& id);
std::string names(const RoundResult& r, const std::vector<CandidateId>& ids);

// A count in words, as minutes state ties and unfilled seats: 1 → "một", 21 → "hai mươi mốt",
// 105 → "một trăm lẻ năm". 0 ≤ n < 1,000,000.
std::string numberWords(Count n);
// "2025-06-14" → "ngày 14 tháng 6 năm 2025"; an empty or malformed date gives the blank form
// "ngày … tháng … năm …" for the committee to fill in by hand.
std::string dateWords(std::string_view isoDate);
// Upper case of Vietnamese text (ASCII and the precomposed Vietnamese letters).
std::string upperVi(std::string_view text);

}  // namespace kp
