// The ballot's geometry: paper chosen by list length, every name once in ballot order, rows
// inside the list area and apart from each other, a layout hash that follows the content.
#include <doctest/doctest.h>

#include "ballot_fixture.h"
#include "ocr/layout/ballot_layout.h"

using namespace kp;
using namespace kp::ballot;
using namespace kp::test;

namespace {

BallotLayout layoutOf(int listed, Count seats) {
    const Congress c = ballotCongress(listed, seats);
    const auto l = layoutBallot(c, c.elections[0], firstRound(c));
    REQUIRE(l);
    return *l;
}

bool inside(const Rect& inner, const Rect& outer) {
    return inner.x >= outer.x && inner.y >= outer.y && inner.right() <= outer.right() &&
           inner.bottom() <= outer.bottom();
}

bool overlap(const Rect& a, const Rect& b) {
    return a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
}

void checkRows(const BallotLayout& l) {
    std::size_t expected = 0;
    for (const Side& s : l.sides) {
        const Rect page{0, 0, l.width, l.height};
        for (const Rect& m : s.marks) {
            CHECK(inside(m, page));
        }
        CHECK(inside(s.qr, page));
        for (std::size_t i = 0; i < s.rows.size(); ++i) {
            const Row& r = s.rows[i];
            CHECK(r.candidate == expected++);  // ballot order, each name once
            CHECK(inside(r.band, s.listArea));
            CHECK(inside(r.name, r.band));
            CHECK(r.band.h == l.pitch);
            CHECK_FALSE(overlap(r.band, s.qr));
            for (const Rect& m : s.marks) {
                CHECK_FALSE(overlap(r.band, m));
            }
            for (std::size_t j = i + 1; j < s.rows.size(); ++j) {
                CHECK_FALSE(overlap(r.band, s.rows[j].band));
            }
            if (l.form == BallotForm::YesNo) {
                CHECK(inside(r.agree, r.band));
                CHECK(inside(r.disagree, r.band));
                CHECK_FALSE(overlap(r.agree, r.disagree));
                CHECK_FALSE(overlap(r.name, r.agree));
            }
        }
    }
    CHECK(expected == l.candidates.size());
}

}  // namespace

TEST_CASE("short lists go on A5 in one column, long ones on A4 in two") {
    const BallotLayout small = layoutOf(6, 5);
    CHECK(small.paper == Paper::A5);
    CHECK(small.columnsPerSide == 1);
    CHECK(small.form == BallotForm::Strike);
    CHECK(small.pitch == 80);
    CHECK(small.sides.size() == 1);
    checkRows(small);

    const BallotLayout fifteen = layoutOf(15, 12);
    CHECK(fifteen.paper == Paper::A5);
    checkRows(fifteen);

    const BallotLayout big = layoutOf(56, 47);  // the most one A4 side holds: two columns of 28
    CHECK(big.paper == Paper::A4);
    CHECK(big.columnsPerSide == 2);
    CHECK(big.sides.size() == 1);
    CHECK(big.pitch >= 70);
    CHECK(layoutOf(57, 48).sides.size() == 2);
    checkRows(big);
}

TEST_CASE("yes/no lists get the 4-column table with two boxes a row") {
    const BallotLayout one = layoutOf(1, 1);
    CHECK(one.form == BallotForm::YesNo);
    CHECK(one.paper == Paper::A5);
    checkRows(one);
    const BallotLayout many = layoutOf(30, 30);
    CHECK(many.form == BallotForm::YesNo);
    CHECK(many.paper == Paper::A4);
    CHECK(many.pitch >= 60);
    checkRows(many);
}

TEST_CASE("250 names continue on further sides, each with marks and its own QR") {
    const BallotLayout l = layoutOf(250, 200);
    CHECK(l.paper == Paper::A4);
    CHECK(l.sides.size() >= 2);
    CHECK(l.pitch == 70);  // 7 mm: in tighter rows the letters hide a stroke (ocr/recognize)
    checkRows(l);
    for (std::size_t s = 0; s < l.sides.size(); ++s) {
        const auto q = parseQrPayload(l.qrPayload(static_cast<int>(s)));
        REQUIRE(q);
        CHECK(q->side == static_cast<int>(s));
        CHECK(q->sides == static_cast<int>(l.sides.size()));
    }
}

TEST_CASE("the QR payload carries congress, election, round and layout hash, and parses back") {
    Congress c = ballotCongress(8, 6);
    c.elections[0].id = ElectionId{"bầu;cử=1"};  // ids with separators and non-ASCII are escaped
    const auto l = layoutBallot(c, c.elections[0], firstRound(c));
    REQUIRE(l);
    const std::string payload = l->qrPayload(0);
    CHECK(payload.find(';', 4) != std::string::npos);
    const auto q = parseQrPayload(payload);
    REQUIRE(q);
    CHECK(q->election == "bầu;cử=1");
    CHECK(q->round == 1);
    CHECK(q->congressTag == l->congressTag);
    CHECK(q->layoutHash == l->layoutHash);
    CHECK(l->layoutHash.size() == 16);
    CHECK_FALSE(parseQrPayload("https://example.org"));
    CHECK_FALSE(parseQrPayload("KP1;C=ab;E=x;R=0;S=1/1;L=ff"));
}

TEST_CASE("the layout hash follows the content and nothing else") {
    const Congress c = ballotCongress(8, 6);
    const auto a = layoutBallot(c, c.elections[0], firstRound(c));
    const auto b = layoutBallot(c, c.elections[0], firstRound(c));
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->layoutHash == b->layoutHash);
    CHECK(canonicalText(*a) == canonicalText(*b));
    Congress renamed = c;
    renamed.elections[0].candidates[3].name = "Nguyễn Văn Khác";
    CHECK(layoutBallot(renamed, renamed.elections[0], firstRound(renamed))->layoutHash != a->layoutHash);
    Congress reordered = c;
    std::swap(reordered.elections[0].candidates[0], reordered.elections[0].candidates[1]);
    CHECK(layoutBallot(reordered, reordered.elections[0], firstRound(reordered))->layoutHash != a->layoutHash);
}
