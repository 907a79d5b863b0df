#pragma once
// The audit log: every action is an event; events form a hash chain, each carrying the SHA-256
// of the one before, so an edit, a deletion or a reordering anywhere in the file breaks the
// chain at that event. The head hash (the last event's) is what the minutes print and the
// audit bundle signs: it is what makes the removal of the *last* events detectable too.
#include <cstdint>
#include <string>
#include <vector>

#include "src/store/database.h"

namespace kp::store {

struct Event {
    std::int64_t seq = 0;
    std::string time;     // UTC, ISO 8601, from the caller (tests and replays fix it)
    std::string actor;    // operator name, or "system"
    std::string kind;     // "batch_started", "sheet_scanned", "ruling", …
    std::string payload;  // canonical JSON
    std::string prevHash;
    std::string hash;
};

inline const std::string GENESIS_HASH(64, '0');

// The hash of an event from its fields and the previous hash (docs/formats.md §Audit log).
std::string eventHash(const Event& e);
// Appends an event after the current head; call inside the transaction that makes the change.
Result<Event> appendEvent(Database& db, const std::string& time, const std::string& actor, const std::string& kind,
                          const std::string& payload);
// appendEvent for callers that need only to know it was written.
Result<> logEvent(Database& db, const std::string& time, const std::string& actor, const std::string& kind,
                  const std::string& payload);
Result<std::string> headHash(Database& db);
Result<std::vector<Event>> allEvents(Database& db);

struct ChainCheck {
    bool ok = true;
    std::int64_t events = 0;
    std::string head;     // the last event's hash
    std::string problem;  // the first broken event and what is wrong with it
};
Result<ChainCheck> verifyChain(Database& db);
// The same check on events read elsewhere (an audit bundle's audit-log.jsonl), in file order.
ChainCheck verifyEvents(const std::vector<Event>& events);

}  // namespace kp::store
