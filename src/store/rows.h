#pragma once
// What a congress record holds, as typed rows: read out of the record's tables (Record::rows)
// or out of an audit bundle's files (src/app/bundle), and checked and counted by the same pure
// functions (consistency.h, counted.h) — so the committee's station, `export` and an auditor's
// `verify` cannot disagree about what the record says.
#include <cstdint>
#include <string>
#include <vector>

#include "src/store/audit_log.h"

namespace kp::store {

struct MemberRef {
    std::string name;
    std::string role;  // ROLE_CHAIR, ROLE_MEMBER, ROLE_TECHNICIAN (committee.h)
    bool operator==(const MemberRef&) const = default;
};

struct OperatorRow {
    std::int64_t id = 0;
    std::string name;
    std::string role;
};

// A member taken off (or put back on) the committee by the chair: rows are never changed.
struct OperatorStatusRow {
    std::int64_t id = 0;
    std::int64_t operatorId = 0;
    bool active = true;
    std::string by;  // the chair's name
    std::string changed;
};

struct BatchRow {
    std::int64_t id = 0;
    std::string election;
    std::int64_t round = 1;
    std::string device;
    std::int64_t dpi = 0;
    std::string started;
};

struct SheetRow {
    std::int64_t id = 0;
    std::int64_t batch = 0;
    std::int64_t page = 0;
    std::string side;  // "front" / "back"
    std::string sha256;
    std::string image;          // file name among the record's images (<sha256>.<ext>); empty: the file is missing
    std::int64_t refeedOf = 0;  // 0: none; else the sheet the scan session found it resembles
    std::string scanned;        // time
    std::string election;       // the batch's
    std::int64_t round = 0;     // the batch's
    std::string scanNote;       // the scan log's evidence for a suspected re-feed (JSON), or empty
};

// One recogniser reading of a sheet; a sheet read again has several, the latest applies.
struct ReadingRow {
    std::int64_t id = 0;
    std::int64_t sheet = 0;
    std::string status;  // read / review / rejected
    std::string line;    // the recogniser's JSON line as it wrote it
    std::string recognizer;
};

// A decision of two committee members: on a sheet's reading, on a manually entered ballot,
// or on an election round as a whole (the number of ballots issued, recounted).
struct RulingRow {
    std::int64_t id = 0;
    std::int64_t reading = 0;  // sheet rulings
    std::int64_t sheet = 0;    // the reading's sheet (derived, for people)
    std::string election;      // manual and round rulings
    std::int64_t round = 1;
    std::string ballot;    // manual rulings
    std::string decision;  // canonical JSON (counted.h)
    std::string reason;
    MemberRef first;
    MemberRef second;
    std::string ruled;
};

struct ManualEntryRow {
    std::int64_t id = 0;
    std::string election;
    std::int64_t round = 1;
    std::string ballot;
    MemberRef by;
    std::string entry;  // canonical JSON
    std::string entered;
};

// The confirmed blank of a word-processor ballot for one election round.
struct WordBlank {
    std::string election;
    int round = 1;
    std::string sha256;
    std::string image;  // file name among the record's images
    int dpi = 0;
    std::string confirmedBy;
};

// The congress key registered in the record's audit log (event congress_key), or empty.
std::string congressKey(const std::vector<Event>& events);

struct RecordRows {
    std::string congress;  // the congress file's text, as the record was made with it
    std::vector<OperatorRow> operators;
    std::vector<OperatorStatusRow> operatorStatus;
    std::vector<BatchRow> batches;
    std::vector<SheetRow> sheets;
    std::vector<ReadingRow> readings;
    std::vector<RulingRow> sheetRulings;
    std::vector<ManualEntryRow> manualEntries;
    std::vector<RulingRow> manualRulings;
    std::vector<RulingRow> roundRulings;
    std::vector<WordBlank> wordBlanks;  // every confirmation, in order (the latest per round applies)
    std::vector<Event> events;
};

}  // namespace kp::store
