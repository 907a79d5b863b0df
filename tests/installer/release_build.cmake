# A packager's first try is -DCMAKE_BUILD_TYPE=Release (-O3), where GCC 12 warns about what it
# does not at -O2 (its -Wrestrict false positive once failed that build, warnings being
# errors). Configures such a build in OUT and builds TARGETS, the libraries where it failed.
file(REMOVE_RECURSE ${OUT})
set(launcher)
find_program(ccache ccache)
if(ccache)
  set(launcher -DCMAKE_CXX_COMPILER_LAUNCHER=${ccache})
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -S ${SRC} -B ${OUT} -G ${GENERATOR} -DCMAKE_BUILD_TYPE=Release -DKP_BUILD_TESTS=OFF
                        -DKP_BUILD_BENCH=OFF ${launcher}
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "a Release build does not configure:\n${out}${err}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${OUT} --target ${TARGETS}
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the Release build fails:\n${out}${err}")
endif()
