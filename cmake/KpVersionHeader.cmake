# Writes the version header (KpVersion.cmake) with the current git commit; leaves the file
# untouched when nothing changed, so that nothing is rebuilt for nothing.
find_package(Git QUIET)
set(KP_GIT_COMMIT "unknown")
if(GIT_FOUND AND EXISTS ${SOURCE_DIR}/.git)
  execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --short=12 HEAD WORKING_DIRECTORY ${SOURCE_DIR}
                  OUTPUT_VARIABLE commit OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE rc ERROR_QUIET)
  if(rc EQUAL 0)
    set(KP_GIT_COMMIT ${commit})
  endif()
endif()
set(PROJECT_VERSION ${VERSION})
configure_file(${TEMPLATE} ${OUT}.new @ONLY)
file(COPY_FILE ${OUT}.new ${OUT} ONLY_IF_DIFFERENT)
file(REMOVE ${OUT}.new)
