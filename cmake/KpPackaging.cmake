# What the packages carry and how they are made (installer/README.md):
#   Debian: `cpack -G DEB` in the build folder → kiemphieu_<version>_amd64.deb, its runtime
#   dependencies found by dpkg-shlibdeps plus the Vietnamese OCR data.
#   Windows: the NSIS installer, configured below; its Qt/OpenCV deployment steps are in
#   installer/windows/README.md (not built here: there is no Windows machine in CI).
include(GNUInstallDirs)
install(FILES ${CMAKE_SOURCE_DIR}/installer/kiemphieu.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_SOURCE_DIR}/installer/kiemphieu.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
# The sample congresses (for trainers' dry runs) and the simulated scans.
install(DIRECTORY ${CMAKE_SOURCE_DIR}/samples/co-so ${CMAKE_SOURCE_DIR}/samples/tinh ${CMAKE_SOURCE_DIR}/samples/simulated
        DESTINATION ${CMAKE_INSTALL_DATADIR}/kiemphieu/samples)
# The guides, and the bundled fonts' licences (the fonts themselves are compiled into the programs).
install(FILES ${CMAKE_SOURCE_DIR}/docs/huong-dan-su-dung.md ${CMAKE_SOURCE_DIR}/docs/auditor-guide.md
              ${CMAKE_SOURCE_DIR}/docs/trainer-guide.md ${CMAKE_SOURCE_DIR}/docs/formats.md ${CMAKE_SOURCE_DIR}/docs/reports.md
              ${CMAKE_SOURCE_DIR}/reports/render/fonts/LIBERATION-COPYRIGHT ${CMAKE_SOURCE_DIR}/reports/render/fonts/NOTO-COPYRIGHT
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY ${CMAKE_SOURCE_DIR}/docs/screenshots DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_PACKAGE_NAME kiemphieu)
set(CPACK_PACKAGE_VENDOR "KiemPhieu")
set(CPACK_PACKAGE_CONTACT "KiemPhieu <kiemphieu@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Counting the ballots of Party congresses (phần mềm kiểm phiếu đại hội Đảng)")
set(CPACK_PACKAGE_DESCRIPTION "KiemPhieu scans paper ballots (SANE/TWAIN or image folders), reads the struck names, sends every uncertain ballot to the counting committee, tallies by the party's election rules with exact arithmetic, writes the signed counting minutes and an audit bundle anyone can verify.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Not found by dpkg-shlibdeps: the Vietnamese OCR data (for word-processor ballots, whose
# template the recogniser will learn with Tesseract: not built yet, docs/design.md). (Qt's xcb,
# offscreen and JPEG plugins are in libqt6gui6, which shlibdeps finds.)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "tesseract-ocr-vie")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "sane-utils")
# Windows (NSIS): one installer, a Start-menu entry, the programs' folder on PATH for the CLI.
set(CPACK_NSIS_DISPLAY_NAME "KiemPhieu")
set(CPACK_NSIS_PACKAGE_NAME "KiemPhieu ${PROJECT_VERSION}")
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_PACKAGE_EXECUTABLES "kiemphieu;KiemPhieu")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\kiemphieu.exe")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "KiemPhieu")
if(WIN32)
  set(CPACK_GENERATOR NSIS)
else()
  set(CPACK_GENERATOR DEB)
endif()
include(CPack)
