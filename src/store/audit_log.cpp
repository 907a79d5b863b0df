#include "src/store/audit_log.h"

#include "src/common/sha256.h"

namespace kp::store {

std::string eventHash(const Event& e) {
    // Fields joined with a separator that cannot occur in them (JSON escapes control bytes).
    const std::string text = e.prevHash + '\x1f' + std::to_string(e.seq) + '\x1f' + e.time + '\x1f' + e.actor + '\x1f' +
                             e.kind + '\x1f' + e.payload;
    return sha256Hex(text);
}

Result<> logEvent(Database& db, const std::string& time, const std::string& actor, const std::string& kind,
                  const std::string& payload) {
    auto e = appendEvent(db, time, actor, kind, payload);
    if (!e) {
        return std::unexpected(e.error());
    }
    return {};
}

Result<std::string> headHash(Database& db) {
    auto stmt = db.prepare("SELECT hash FROM events ORDER BY seq DESC LIMIT 1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    return *row ? stmt->text(0) : GENESIS_HASH;
}

Result<Event> appendEvent(Database& db, const std::string& time, const std::string& actor, const std::string& kind,
                          const std::string& payload) {
    auto last = db.prepare("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1");
    if (!last) {
        return std::unexpected(last.error());
    }
    auto row = last->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    Event e{*row ? last->integer(0) + 1 : 1, time, actor, kind, payload, *row ? last->text(1) : GENESIS_HASH, {}};
    e.hash = eventHash(e);
    auto insert =
        db.prepare("INSERT INTO events (seq, time, actor, kind, payload, prev_hash, hash) VALUES (?,?,?,?,?,?,?)");
    if (!insert) {
        return std::unexpected(insert.error());
    }
    insert->bind(1, e.seq)
        .bind(2, e.time)
        .bind(3, e.actor)
        .bind(4, e.kind)
        .bind(5, e.payload)
        .bind(6, e.prevHash)
        .bind(7, e.hash);
    if (auto done = insert->run(); !done) {
        return std::unexpected(done.error());
    }
    return e;
}

Result<std::vector<Event>> allEvents(Database& db) {
    auto stmt = db.prepare("SELECT seq, time, actor, kind, payload, prev_hash, hash FROM events ORDER BY seq");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    std::vector<Event> out;
    auto done = forEachRow(*stmt, [&](const Statement& s) {
        out.push_back({s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6)});
    });
    if (!done) {
        return std::unexpected(done.error());
    }
    return out;
}

ChainCheck verifyEvents(const std::vector<Event>& events) {
    ChainCheck check;
    std::string prev = GENESIS_HASH;
    std::int64_t expected = 1;
    for (const Event& e : events) {
        const std::string where = "event " + std::to_string(e.seq) + " (" + e.kind + ")";
        if (e.seq != expected) {
            check.problem =
                "event " + std::to_string(expected) + " is missing (the next is " + std::to_string(e.seq) + ")";
        } else if (e.prevHash != prev) {
            check.problem = where + " does not follow the event before it (removed, inserted or reordered)";
        } else if (eventHash(e) != e.hash) {
            check.problem = where + " was changed after it was written";
        }
        if (!check.problem.empty()) {
            check.ok = false;
            return check;
        }
        prev = e.hash;
        check.events = e.seq;
        ++expected;
    }
    check.head = prev;
    return check;
}

Result<ChainCheck> verifyChain(Database& db) {
    auto events = allEvents(db);
    if (!events) {
        return std::unexpected(events.error());
    }
    return verifyEvents(*events);
}

}  // namespace kp::store
