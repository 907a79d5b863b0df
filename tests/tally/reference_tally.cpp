#include "reference_tally.h"

namespace kp::test {

namespace {

void decide(ReferenceResult& r, int seats, int alternates, long base) {
    const std::size_t n = r.votes.size();
    r.status.assign(n, "not_elected");
    long majorities = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (2 * r.votes[i] <= base) {
            continue;
        }
        ++majorities;
        long above = 0;
        long equal = 0;
        for (std::size_t j = 0; j < n; ++j) {
            if (2 * r.votes[j] > base) {
                above += r.votes[j] > r.votes[i] ? 1 : 0;
                equal += r.votes[j] == r.votes[i] ? 1 : 0;
            }
        }
        // Candidate i and its equals occupy ranks above+1 .. above+equal.
        if (above + equal <= seats) {
            r.status[i] = "elected";
        } else if (above < seats) {
            r.status[i] = "tied";
        } else if (above + equal <= seats + alternates) {
            r.status[i] = "alternate";
        } else if (above < seats + alternates) {
            r.status[i] = "tied";
        }
    }
    r.unfilled = majorities >= seats ? 0 : seats - majorities;
}

}  // namespace

ReferenceResult referenceStrike(std::size_t n, int seats, int alternates, long base, const std::vector<std::vector<bool>>& kept) {
    ReferenceResult r;
    r.votes.assign(n, 0);
    for (const auto& ballot : kept) {
        long count = 0;
        for (const bool k : ballot) {
            count += k ? 1 : 0;
        }
        if (count == 0) {
            ++r.allStruck;
        } else if (count > seats + alternates) {
            ++r.overvote;
        } else {
            ++r.valid;
            for (std::size_t i = 0; i < n; ++i) {
                r.votes[i] += ballot[i] ? 1 : 0;
            }
        }
    }
    decide(r, seats, alternates, base);
    return r;
}

ReferenceResult referenceYesNo(std::size_t n, int seats, long base, const std::vector<std::vector<int>>& marks) {
    ReferenceResult r;
    r.votes.assign(n, 0);
    for (const auto& ballot : marks) {
        bool decided = false;
        for (const int m : ballot) {
            decided = decided || m == 1 || m == 2;
        }
        if (!decided) {
            ++r.noChoice;
            continue;
        }
        ++r.valid;
        for (std::size_t i = 0; i < n; ++i) {
            r.votes[i] += ballot[i] == 1 ? 1 : 0;
        }
    }
    decide(r, seats, 0, base);
    return r;
}

}  // namespace kp::test
