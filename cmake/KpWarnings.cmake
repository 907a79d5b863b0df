# Warnings are errors by default so CI and developers see the same build.
# Turn KP_WERROR off only to try a newer compiler locally.
option(KP_WERROR "Treat compiler warnings as errors" ON)

add_library(kp_warnings INTERFACE)
add_library(kp::warnings ALIAS kp_warnings)
target_compile_options(kp_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
                                             $<$<BOOL:${KP_WERROR}>:-Werror>)
