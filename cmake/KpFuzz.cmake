# KP_FUZZ=ON: a build of the fuzz targets (tests/fuzz/README.md). Every library a target links
# is instrumented for libFuzzer's coverage and checked by AddressSanitizer and
# UndefinedBehaviorSanitizer; any report stops the run. Needs clang with libFuzzer (Debian 12:
# clang-16 and libclang-rt-16-dev). tests/fuzz/fuzz.sh configures such a build on its own.
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  message(FATAL_ERROR "KP_FUZZ needs clang (libFuzzer): -DCMAKE_CXX_COMPILER=clang++-16")
endif()
add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -g)
add_link_options(-fsanitize=address,undefined)
# libstdc++ 12 offers std::expected only when __cpp_concepts says P0848 (conditionally trivial
# special members); clang 16 implements it but still reports the older value.
add_compile_definitions(__cpp_concepts=202002L)
add_compile_options(-Wno-macro-redefined)
