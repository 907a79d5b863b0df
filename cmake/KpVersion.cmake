# The version and git commit go into every binary (--version), every reading and every audit
# bundle, so that a result can be tied to the program that made it. The commit is read at every
# build (not only when CMake configures), and the header rewritten only when it changed.
set(KP_VERSION_HEADER ${CMAKE_BINARY_DIR}/generated/kp_version.h)
add_custom_target(kp_version_header ALL
  COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${CMAKE_SOURCE_DIR} -DVERSION=${PROJECT_VERSION}
          -DTEMPLATE=${CMAKE_CURRENT_LIST_DIR}/kp_version.h.in -DOUT=${KP_VERSION_HEADER}
          -P ${CMAKE_CURRENT_LIST_DIR}/KpVersionHeader.cmake
  BYPRODUCTS ${KP_VERSION_HEADER}
  COMMENT "Version header (git commit)")
execute_process(COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${CMAKE_SOURCE_DIR} -DVERSION=${PROJECT_VERSION}
                -DTEMPLATE=${CMAKE_CURRENT_LIST_DIR}/kp_version.h.in -DOUT=${KP_VERSION_HEADER}
                -P ${CMAKE_CURRENT_LIST_DIR}/KpVersionHeader.cmake)

add_library(kp_version INTERFACE)
add_library(kp::version ALIAS kp_version)
add_dependencies(kp_version kp_version_header)
target_include_directories(kp_version INTERFACE ${CMAKE_BINARY_DIR}/generated)
