// The party's candidate order: given name, then family name, then middle name, in the
// Vietnamese alphabet with tones after the base letters.
#include <doctest/doctest.h>

#include "tally/party_order.h"

using namespace kp;

TEST_CASE("the Vietnamese alphabet: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y") {
    const std::vector<std::string> letters{"a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "g", "h", "i", "k", "l", "m",
                                           "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "x", "y"};
    for (std::size_t i = 1; i < letters.size(); ++i) {
        CAPTURE(letters[i]);
        CHECK(compareVietnamese(letters[i - 1], letters[i]) < 0);
        CHECK(compareVietnamese(letters[i], letters[i - 1]) > 0);
    }
}

TEST_CASE("tones rank ngang, huyền, hỏi, ngã, sắc, nặng, after the base letters") {
    const std::vector<std::string> tones{"a", "à", "ả", "ã", "á", "ạ"};
    for (std::size_t i = 1; i < tones.size(); ++i) {
        CHECK(compareVietnamese(tones[i - 1], tones[i]) < 0);
    }
    // Base letters decide first, tones only between otherwise equal words.
    const std::vector<std::string> words{"An", "Án", "Ang", "Áng", "Anh", "Ánh", "Ân", "Bình"};
    for (std::size_t i = 1; i < words.size(); ++i) {
        CAPTURE(words[i]);
        CHECK(compareVietnamese(words[i - 1], words[i]) < 0);
    }
    CHECK(compareVietnamese("Hằng", "hằng") == 0);  // case is ignored
}

TEST_CASE("decomposed text compares like precomposed text") {
    CHECK(compareVietnamese("Nguyễn", "Nguye\u0302\u0303n") == 0);
    CHECK(compareVietnamese("Trương", "Tru\u031Bo\u031Bng") == 0);
    CHECK(compareVietnamese("Đặng", "Đa\u0306\u0323ng") == 0);
}

TEST_CASE("candidates sort by given name, then family name, then middle name") {
    CHECK(partyOrderLess("Trần Văn An", "Nguyễn Văn Bình"));         // given name first
    CHECK(partyOrderLess("Lê Văn An", "Nguyễn Văn An"));             // then family name
    CHECK(partyOrderLess("Nguyễn Thị An", "Nguyễn Văn An"));         // then middle name
    CHECK(partyOrderLess("Nguyễn Văn Dũng", "Trần Văn Đạt"));        // d before đ
    CHECK(partyOrderLess("Lê Thị Uyên", "Đinh Văn Ưng"));            // u before ư
    CHECK(partyOrderLess("Phạm Văn Sơn", "Phạm Văn Sởn") == true);   // tone after base
    CHECK_FALSE(partyOrderLess("Nguyễn Văn An", "Nguyễn Văn An"));
    CHECK(partyOrderLess("Hồ Ngọc Hà", "Hồ Ngọc Hải"));              // a prefix sorts first
}

TEST_CASE("inPartyOrder sorts a list and keeps equal names in their order") {
    std::vector<Candidate> list{{CandidateId{"1"}, "Trương Văn Ưng"}, {CandidateId{"2"}, "Nguyễn Thị Hằng"},
                                {CandidateId{"3"}, "Đặng Quốc Anh"},  {CandidateId{"4"}, "Bùi Thị Hằng"},
                                {CandidateId{"5"}, "Nguyễn Thị Hằng"}, {CandidateId{"6"}, "Lê Ánh"}};
    const auto sorted = inPartyOrder(list);
    std::vector<std::string> ids;
    for (const Candidate& c : sorted) {
        ids.push_back(c.id.value);
    }
    CHECK(ids == std::vector<std::string>{"3", "6", "4", "2", "5", "1"});
}
