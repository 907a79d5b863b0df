// A case name ctest would split: the check must reject it.
TEST_CASE("a name; split by ctest") {}
