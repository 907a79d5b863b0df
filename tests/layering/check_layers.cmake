# Checks the dependency rule of docs/architecture (../shared/docs/architecture.md) under ROOT:
#  - tally/, ocr/, src/store/, scanner-drivers/ never include Qt;
#  - tally/ is pure: standard headers and Boost.Multiprecision only, no floating point,
#    no I/O, clock, randomness or threads.
# Fails with every violation listed.
set(violations "")
foreach(dir tally ocr src/store scanner-drivers)
  file(GLOB_RECURSE files ${ROOT}/${dir}/*.h ${ROOT}/${dir}/*.hpp ${ROOT}/${dir}/*.cpp)
  foreach(f ${files})
    file(STRINGS ${f} lines REGEX "^[ \t]*#[ \t]*include[ \t]*<Q")
    if(lines)
      list(APPEND violations "${f}: includes Qt: ${lines}")
    endif()
  endforeach()
endforeach()

file(GLOB_RECURSE tally_files ${ROOT}/tally/*.h ${ROOT}/tally/*.cpp)
set(forbidden "iostream|fstream|sstream|cstdio|stdio\\.h|chrono|ctime|random|thread|future|filesystem|cmath|cfloat")
foreach(f ${tally_files})
  file(STRINGS ${f} includes REGEX "^[ \t]*#[ \t]*include[ \t]*<")
  foreach(inc ${includes})
    string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*<([^>]*)>.*" "\\1" header "${inc}")
    if(header MATCHES "^(${forbidden})$")
      list(APPEND violations "${f}: tally/ must not do I/O, read the clock or draw random numbers: <${header}>")
    elseif(NOT header MATCHES "^[a-z_]+$" AND NOT header MATCHES "^boost/multiprecision/")
      list(APPEND violations "${f}: tally/ may include only the standard library and Boost.Multiprecision: <${header}>")
    endif()
  endforeach()
  file(READ ${f} text)
  string(REGEX REPLACE "//[^\n]*" "" code "${text}")  # comments may mention doubles
  if(code MATCHES "(^|[^A-Za-z0-9_])(float|double)([^A-Za-z0-9_]|$)")
    list(APPEND violations "${f}: tally/ must not use floating point")
  endif()
endforeach()

if(violations)
  list(JOIN violations "\n" report)
  message(FATAL_ERROR "layering violations:\n${report}")
endif()
message(STATUS "layering: ok under ${ROOT}")
