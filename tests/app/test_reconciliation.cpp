// The reconciliation of an election round from the record's rows: every sheet in exactly one
// column, the committee's ruling on the ballots issued in place of the congress's figure, and
// the gaps that keep the result from being final.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "src/app/reconciliation.h"

namespace {

using namespace kp;

std::string sampleCongress() {
    std::ifstream in(std::string(KP_SOURCE_DIR) + "/samples/co-so/congress.json");
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// A sheet of election "cu" round 1, and (unless `line` is empty) its reading.
void addSheet(store::RecordRows& rows, const std::string& line, std::int64_t refeedOf = 0) {
    const std::int64_t id = static_cast<std::int64_t>(rows.sheets.size()) + 1;
    store::SheetRow s;
    s.id = id;
    s.batch = 1;
    s.page = id;
    s.side = "front";
    s.sha256 = std::string(64, static_cast<char>('a' + id % 6));
    s.image = s.sha256 + ".png";
    s.refeedOf = refeedOf;
    s.election = "cu";
    s.round = 1;
    rows.sheets.push_back(s);
    if (!line.empty()) {
        rows.readings.push_back({static_cast<std::int64_t>(rows.readings.size()) + 1, id, "", line, "{}"});
    }
}

store::RulingRow ruling(std::int64_t id, std::int64_t reading, const std::string& decision) {
    store::RulingRow r;
    r.id = id;
    r.reading = reading;
    r.sheet = reading;
    r.election = "cu";
    r.decision = decision;
    return r;
}

const std::string READ = R"({"election":"cu","round":1,"status":"read","struck":["cu01"]})";
const std::string REVIEW = R"({"election":"cu","round":1,"status":"review","reasons":["no_ballot_code"]})";

const app::RoundReconciliation& round1(const std::vector<app::RoundReconciliation>& all) {
    REQUIRE(!all.empty());
    REQUIRE(all.front().election == "cu");
    REQUIRE(all.front().round == 1);
    return all.front();
}

}  // namespace

TEST_CASE("reconciliation: each sheet in one column, the gaps and their order of business") {
    store::RecordRows rows;
    rows.congress = sampleCongress();
    addSheet(rows, READ);     // 1 counted
    addSheet(rows, READ);     // 2 counted
    addSheet(rows, READ, 1);  // 3 a possible re-feed of 1: waits
    addSheet(rows, REVIEW);   // 4 a photo: waits
    addSheet(rows, "");       // 5 stored, not read
    auto all = app::reconcile(rows);
    REQUIRE(all.has_value());
    // Every election and round the congress defines is listed, in its order.
    CHECK(all->size() == 4);  // cu, bt, dh round 1 and 2
    CHECK((*all)[3].election == "dh");
    CHECK((*all)[3].round == 2);
    const auto& r = round1(*all);
    CHECK(r.issuedByCongress == 38);
    CHECK(r.sheets == 5);
    CHECK(r.counted == 2);
    CHECK(r.waiting == 2);
    CHECK(r.unread == 1);
    CHECK(r.setAsideTotal() == 0);
    CHECK(r.gaps() == std::vector<app::Gap>{app::Gap::Waiting, app::Gap::Unread});

    // The committee sets the re-feed and the photo aside: they leave the count, by reason.
    rows.sheetRulings.push_back(ruling(1, 3, R"({"set_aside":"refeed"})"));
    rows.sheetRulings.push_back(ruling(2, 4, R"({"set_aside":"not_a_ballot"})"));
    rows.readings.push_back({5, 5, "", READ, "{}"});  // sheet 5 read at last
    all = app::reconcile(rows);
    REQUIRE(all.has_value());
    const auto& done = round1(*all);
    CHECK(done.sheets == 5);
    CHECK(done.counted == 3);
    CHECK(done.collected() == 3);
    CHECK(done.waiting == 0);
    CHECK(done.unread == 0);
    CHECK(done.setAside == std::map<std::string, std::int64_t>{{"not_a_ballot", 1}, {"refeed", 1}});
    CHECK(done.gaps().empty());
}

TEST_CASE("reconciliation: more collected than issued until the committee records the recounted figure") {
    store::RecordRows rows;
    rows.congress = sampleCongress();
    store::RulingRow issued;
    issued.id = 1;
    issued.election = "cu";
    issued.round = 1;
    issued.decision = R"({"issued":2})";
    rows.roundRulings.push_back(issued);
    for (int i = 0; i < 3; ++i) {
        addSheet(rows, READ);
    }
    auto all = app::reconcile(rows);
    REQUIRE(all.has_value());
    CHECK(round1(*all).issued() == 2);
    CHECK(round1(*all).issuedByCongress == 38);
    CHECK(round1(*all).gaps() == std::vector<app::Gap>{app::Gap::MoreThanIssued});

    issued.id = 2;  // a later ruling replaces the earlier
    issued.decision = R"({"issued":3})";
    rows.roundRulings.push_back(issued);
    all = app::reconcile(rows);
    REQUIRE(all.has_value());
    CHECK(round1(*all).issuedByCommittee == 3);
    CHECK(round1(*all).gaps().empty());
}

TEST_CASE("reconciliation: rows that do not count are an error, never an empty table") {
    store::RecordRows rows;
    rows.congress = sampleCongress();
    addSheet(rows, "not json");
    CHECK(!app::reconcile(rows).has_value());
    rows.congress = "{}";
    CHECK(!app::reconcile(rows).has_value());
}
