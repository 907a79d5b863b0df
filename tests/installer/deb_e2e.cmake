# The Debian package: made with cpack from this build, checked for what it carries and
# depends on, installed with dpkg into a clean root (an empty dpkg database), and run from
# there: both programs print their version and commit, and the installed CLI tallies the
# installed sample congress exactly as the golden result says.
set(work ${OUT}/deb-e2e)
file(REMOVE_RECURSE ${work})
file(MAKE_DIRECTORY ${work})
execute_process(COMMAND ${CPACK} -G DEB -B ${work}/package --config ${BUILD}/CPackConfig.cmake
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
file(GLOB debs ${work}/package/kiemphieu_*_amd64.deb)
if(NOT rc EQUAL 0 OR NOT debs)
  message(FATAL_ERROR "cpack did not make the package (${rc}): ${out}\n${err}")
endif()
list(GET debs 0 deb)
execute_process(COMMAND dpkg-deb -f ${deb} Package Version Depends OUTPUT_VARIABLE fields)
foreach(needed "Package: kiemphieu" "Version: ${VERSION}" "libqt6widgets6" "libqt6gui6" "libsane1" "libsqlite3-0" "libpq5"
               "libsodium23" "libopencv-imgproc406" "tesseract-ocr-vie")
  string(FIND "${fields}" "${needed}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the package's control fields lack \"${needed}\":\n${fields}")
  endif()
endforeach()
execute_process(COMMAND dpkg-deb -c ${deb} OUTPUT_VARIABLE contents)
foreach(needed "./usr/bin/kiemphieu\n" "./usr/bin/kiemphieu-cli" "./usr/share/applications/kiemphieu.desktop"
               "./usr/share/icons/hicolor/scalable/apps/kiemphieu.svg" "./usr/share/kiemphieu/samples/co-so/congress.json"
               "./usr/share/doc/kiemphieu/huong-dan-su-dung.md" "./usr/share/doc/kiemphieu/auditor-guide.md"
               "./usr/share/doc/kiemphieu/trainer-guide.md" "./usr/share/doc/kiemphieu/LIBERATION-COPYRIGHT")
  string(FIND "${contents}" "${needed}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the package does not carry ${needed}")
  endif()
endforeach()

# A clean root: an empty dpkg database; the libraries the programs need come from this
# machine (the test does not install Debian itself: installer/check-fresh-debian.sh does).
set(root ${work}/root)
file(MAKE_DIRECTORY ${root}/var/lib/dpkg/info ${root}/var/lib/dpkg/updates)
file(TOUCH ${root}/var/lib/dpkg/status ${root}/var/lib/dpkg/available)
execute_process(COMMAND dpkg --root=${root} --force-depends --force-not-root -i ${deb}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "dpkg -i into a clean root failed (${rc}): ${out}\n${err}")
endif()
execute_process(COMMAND dpkg --root=${root} -s kiemphieu OUTPUT_VARIABLE status)
string(FIND "${status}" "Status: install ok installed" at)
if(at EQUAL -1)
  message(FATAL_ERROR "dpkg does not see kiemphieu installed:\n${status}")
endif()
foreach(program kiemphieu-cli kiemphieu)
  execute_process(COMMAND ${root}/usr/bin/${program} --version OUTPUT_VARIABLE version RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0 OR NOT version MATCHES "^${program} ${VERSION} \\(commit [0-9a-f]+\\)\n$")
    message(FATAL_ERROR "${program} --version from the package: (${rc}) ${version}")
  endif()
endforeach()
set(samples ${root}/usr/share/kiemphieu/samples/co-so)
execute_process(COMMAND ${root}/usr/bin/kiemphieu-cli tally --congress ${samples}/congress.json --readings ${samples}/readings.jsonl
                OUTPUT_VARIABLE tally RESULT_VARIABLE rc)
file(READ ${samples}/expected-tally.json expected)
if(NOT rc EQUAL 0 OR NOT tally STREQUAL expected)
  message(FATAL_ERROR "the installed CLI does not tally the installed sample as expected (${rc})")
endif()
file(SIZE ${deb} size)
message(STATUS "${deb}: ${size} bytes, installed and run")
