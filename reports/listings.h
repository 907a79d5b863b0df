#pragma once
// The auditor's listings from a congress record: every ballot with its image hash, what the
// recogniser read and what the committee ruled (danh sách phiếu), and the entry journal
// (nhật ký kiểm phiếu) from the audit log. The rows come from the record (src/store) as plain
// text, so this layer needs no database.
#include <string>
#include <vector>

#include "document.h"
#include "minutes.h"

namespace kp {

struct BallotRow {
    std::string election;
    int round = 1;
    std::string sheet;        // the record's sheet number, or manual-<ballot>
    std::string image;        // SHA-256 of the image; empty for manual entries
    std::string recognized;   // the recogniser's status and reasons, or the manual entries
    std::string counted;      // what is counted: struck names / marks / invalid reason
    std::string ruling;       // the ruling: members and reason, or empty
};

struct JournalRow {
    long long seq = 0;
    std::string time;
    std::string actor;
    std::string kind;
    std::string detail;
    std::string hash;
};

doc::Document ballotListing(const Congress& congress, const MinutesInfo& info, const std::vector<BallotRow>& rows,
                            const RecordSeal& seal);
doc::Document entryJournal(const Congress& congress, const MinutesInfo& info, const std::vector<JournalRow>& rows,
                           const RecordSeal& seal);
std::string ballotListingCsv(const std::vector<BallotRow>& rows);

}  // namespace kp
