#pragma once
// The counting committee at the command line: operators, sign-in, rulings, manual entry and
// the list of ballots waiting for the committee. Passwords are read from standard input, one
// line each (without echo on a terminal), never from the command line where `ps` shows them.
#include <string>
#include <vector>

namespace kp::cli {

// operator --db FILE --add NAME --role truong_ban|thanh_vien|ky_thuat_vien [--by CHAIR]
int runOperator(const std::vector<std::string>& args);
// rule --db FILE (--sheet N | --election ID [--round N] --ballot B) BALLOT --reason TEXT --members A,B
int runRule(const std::vector<std::string>& args);
// enter --db FILE --operator NAME --election ID [--round N] (--ballot B BALLOT | --entries FILE)
int runEnter(const std::vector<std::string>& args);
// review --db FILE: every ballot waiting for the committee, manual entries side by side
int runReview(const std::vector<std::string>& args);

}  // namespace kp::cli
