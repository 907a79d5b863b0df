#pragma once
// What the tally counts, from what the record holds: the recogniser's readings, the
// committee's rulings and the manual entries. A pure function of JSON-lines texts, so that the
// record (Committee::countedJsonl) and an auditor's `verify` (from the bundle's files) compute
// it the same way.
//
//  - A scanned sheet: its latest reading, or, when the committee ruled on that very reading,
//    the ruling's decision (status "read", "ruling": its number, "recognized": the original
//    status). A ruling on an earlier reading no longer applies once the sheet was re-read.
//  - A manual ballot ("sheet": "manual-<ballot>"): counted when at least two operators entered
//    it and every entry agrees; otherwise it waits for the committee (status "review",
//    reason manual_second_entry_missing or manual_entries_differ) unless a ruling decides it.
#include <expected>
#include <string>
#include <string_view>

namespace kp::store {

inline constexpr int MANUAL_ENTRIES_NEEDED = 2;

// The ballot fields of a decision or manual entry, canonical (struck sorted, marks by id):
// two entries agree when their canonical texts are equal. Refuses anything but "struck",
// "marks" and "invalid" of the right types, naming the problem.
std::expected<std::string, std::string> canonicalBallot(std::string_view json);

// readings: Record::readingsJsonl; rulings: Committee::rulingsJsonl; manual:
// Committee::manualEntriesJsonl. Errors name the file kind and line.
std::expected<std::string, std::string> countedReadings(std::string_view readings, std::string_view rulings,
                                                        std::string_view manual);

}  // namespace kp::store
