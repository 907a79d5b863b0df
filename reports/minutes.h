#pragma once
// The reports a counting committee signs and announces, as documents (document.h) in
// Vietnamese: the counting minutes of one election round (biên bản kiểm phiếu), the results
// announcement for the hall (danh sách trúng cử), and the summary of all elections.
// Everything printed comes from the congress, the tally and the record: no clock.
#include <string>
#include <vector>

#include "document.h"
#include "minutes_info.h"
#include "tally/congress.h"
#include "tally/round_result.h"

namespace kp {

// What ties a printed page to the record: the SHA-256 of the canonical tally JSON (as
// `tally`/`report --format json` write it) and the audit log's head (empty when the report
// was made from files, not from a record).
struct RecordSeal {
    std::string resultSha256;
    std::string auditHead;
    std::string program;    // "KiemPhieu 0.1.0 (commit …)"
    std::string publicKey;  // the congress key the record registered (hex), or empty: what an auditor checks the signer against
};

// The line on every page's foot that ties it to the record.
std::string sealText(const RecordSeal& seal);

inline constexpr const char* TRAINING_WATERMARK = "DIỄN TẬP – KHÔNG CÓ GIÁ TRỊ";

// Whether a round has anything to report: minutes, the announcement and the summary are made
// only for rounds with ballots counted. A round with none (not counted yet, or every sheet
// rejected) would print as a final count of nothing — "0 collected, nobody elected".
inline bool counted(const RoundResult& r) { return r.ballots.collected > 0; }

doc::Document countingMinutes(const Congress& congress, const MinutesInfo& info, const RoundResult& result,
                              const RecordSeal& seal);
doc::Document resultsAnnouncement(const Congress& congress, const MinutesInfo& info,
                                  const std::vector<RoundResult>& results, const RecordSeal& seal);
doc::Document electionsSummary(const Congress& congress, const MinutesInfo& info, const std::vector<RoundResult>& results,
                               const RecordSeal& seal);

}  // namespace kp
