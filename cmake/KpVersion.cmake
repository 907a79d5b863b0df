# The version and git commit go into every binary (--version) and, later, into every
# reading and audit bundle, so that a result can be tied to the program that made it.
find_package(Git QUIET)
set(KP_GIT_COMMIT "unknown")
if(GIT_FOUND AND EXISTS ${CMAKE_SOURCE_DIR}/.git)
  execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --short=12 HEAD
                  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
                  OUTPUT_VARIABLE KP_GIT_COMMIT OUTPUT_STRIP_TRAILING_WHITESPACE
                  RESULT_VARIABLE _kp_git_rc ERROR_QUIET)
  if(NOT _kp_git_rc EQUAL 0)
    set(KP_GIT_COMMIT "unknown")
  endif()
endif()
configure_file(${CMAKE_CURRENT_LIST_DIR}/kp_version.h.in ${CMAKE_BINARY_DIR}/generated/kp_version.h @ONLY)

add_library(kp_version INTERFACE)
add_library(kp::version ALIAS kp_version)
target_include_directories(kp_version INTERFACE ${CMAKE_BINARY_DIR}/generated)
