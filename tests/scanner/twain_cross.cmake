# The TWAIN back end is compiled only on Windows; this builds its sources (and the interface
# it implements) with Debian's MinGW-w64 cross compiler, with the project's warnings as errors,
# so that the Windows code path cannot rot unseen on Linux CI.
file(GLOB sources ${SRC}/scanner-drivers/twain/*.cpp)
list(APPEND sources ${SRC}/scanner-drivers/devices.cpp ${SRC}/scanner-drivers/quirks.cpp
     ${SRC}/scanner-drivers/scan_error.cpp ${SRC}/scanner-drivers/scanner.cpp)
file(MAKE_DIRECTORY ${OUT}/twain-cross)
foreach(source ${sources})
  get_filename_component(name ${source} NAME_WE)
  execute_process(COMMAND ${MINGW} -std=c++23 -I${SRC} -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                          -Wsign-conversion -Werror -c ${source} -o ${OUT}/twain-cross/${name}.o
                  ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${source} does not build for Windows:\n${err}")
  endif()
endforeach()
list(LENGTH sources count)
message(STATUS "${count} sources build for Windows")
