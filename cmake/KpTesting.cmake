# kp_add_doctest(NAME SOURCES ... LIBS ... [LABELS ...])
# One doctest executable; every TEST_CASE becomes its own ctest test, labelled, so that
# ctest's summary counts real cases and `ctest -L tally` runs one module's tests.
function(kp_add_doctest name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE doctest::doctest ${ARG_LIBS} kp::warnings)
  target_compile_definitions(${name} PRIVATE KP_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
  doctest_discover_tests(${name} PROPERTIES LABELS "${ARG_LABELS}")
endfunction()
