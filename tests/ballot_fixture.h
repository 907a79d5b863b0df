#pragma once
// Congresses with lists of any length, named from the shared list of real Vietnamese names
// (a fixed selection with stacked diacritics, from ../shared/data/vietnamese-names.tsv, MIT:
// samples/NAMES-LICENSE), for ballot and recognition tests. Test strings only.
#include <string>
#include <vector>

#include "tally/congress.h"
#include "tally/round_spec.h"

namespace kp::test {

inline const std::vector<std::string>& sampleNames() {
    static const std::vector<std::string> names{
        "Nguyễn Thị Như Quỳnh", "Lê Hoàng Quân",   "Đinh Văn Phượng",    "Nguyễn Xuân Sang",  "Lý Quốc Quyền",
        "Bùi Minh Quân",        "Nguyễn Ngọc Sơn", "Võ Hoàng Phương",    "Trương Trọng Quân", "Phạm Minh Quân",
        "Võ Thanh Sanh",        "Đặng Thị Hằng",   "Trần Nguyễn Bảo Trung", "Ưng Văn Thiện",   "Hồ Ngọc Hà"};
    return names;
}

inline Congress ballotCongress(int listed, Count seats) {
    Congress c;
    c.name = "Đại hội đại biểu Đảng bộ thử nghiệm lần thứ XV, nhiệm kỳ 2025–2030";
    c.organization = "Đảng bộ tỉnh Thử Nghiệm";
    c.level = Level::Tinh;
    c.electorate = Electorate{300, {}};
    Election e;
    e.id = ElectionId{"bch"};
    e.title = "Bầu Ban Chấp hành Đảng bộ tỉnh khóa XVI";
    e.body = Body::ExecutiveCommittee;
    e.seats = seats;
    for (int i = 0; i < listed; ++i) {
        const auto& names = sampleNames();
        std::string name = names[static_cast<std::size_t>(i) % names.size()];
        if (i >= static_cast<int>(names.size())) {
            name += " " + std::to_string(i / static_cast<int>(names.size()) + 1);  // keep every row distinct
        }
        e.candidates.push_back({CandidateId{"c" + std::to_string(i + 1)}, name});
    }
    c.elections.push_back(std::move(e));
    return c;
}

inline RoundSpec firstRound(const Congress& c) { return *roundSpec(c, c.elections[0], 1, {}); }

}  // namespace kp::test
