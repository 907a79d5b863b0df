#pragma once
// An independent, deliberately naive statement of the rules, for property tests: it counts
// kept names ballot by ballot and decides each candidate's status from its rank alone
// (how many majority candidates out-vote it), with no sorting or placement walk.
#include <cstddef>
#include <string>
#include <vector>

namespace kp::test {

struct ReferenceResult {
    std::vector<long> votes;
    long valid = 0;
    long overvote = 0;
    long allStruck = 0;
    long noChoice = 0;
    std::vector<std::string> status;  // elected, alternate, tied, not_elected
    long unfilled = 0;
};

// Strike ballots: kept[b][i] is true when ballot b keeps candidate i.
ReferenceResult referenceStrike(std::size_t n, int seats, int alternates, long base, const std::vector<std::vector<bool>>& kept);

// Yes/no ballots: marks[b][i] is 0 none, 1 agree, 2 disagree, 3 both.
ReferenceResult referenceYesNo(std::size_t n, int seats, long base, const std::vector<std::vector<int>>& marks);

}  // namespace kp::test
