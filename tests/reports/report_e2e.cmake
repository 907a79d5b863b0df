# kiemphieu-cli report on the sample congresses, checked the way a reader sees it: the PDFs'
# text through pdftotext (every required field, the hash of the canonical result on every
# page), the ODT's content, the CSV against its golden file, the JSON against the tally's
# golden output; the same input twice gives the same bytes; a training congress says so on
# every page of every report.
set(work ${OUT}/report-e2e)
file(REMOVE_RECURSE ${work})
function(cli expect_rc)
  execute_process(COMMAND ${CLI} ${ARGN} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT rc EQUAL expect_rc)
    message(FATAL_ERROR "kiemphieu-cli ${ARGN}: exit ${rc}, expected ${expect_rc}\n${out}\n${err}")
  endif()
  set(out "${out}" PARENT_SCOPE)
  set(err "${err}" PARENT_SCOPE)
endfunction()
function(pdf_text pdf var)
  execute_process(COMMAND pdftotext -enc UTF-8 ${pdf} - OUTPUT_VARIABLE text RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "pdftotext could not read ${pdf}")
  endif()
  set(${var} "${text}" PARENT_SCOPE)
endfunction()
function(expect_all text what)
  foreach(needle ${ARGN})
    string(FIND "${text}" "${needle}" at)
    if(at EQUAL -1)
      message(FATAL_ERROR "${what}: \"${needle}\" not found in:\n${text}")
    endif()
  endforeach()
endfunction()
# Each page of the PDF (pdfinfo's count) must contain `needle` once its line breaks are gone.
function(expect_every_page pdf needle)
  execute_process(COMMAND pdfinfo ${pdf} OUTPUT_VARIABLE info)
  string(REGEX MATCH "Pages: +([0-9]+)" _ "${info}")
  set(pages ${CMAKE_MATCH_1})
  if(NOT pages GREATER 0)
    message(FATAL_ERROR "${pdf}: no pages")
  endif()
  foreach(p RANGE 1 ${pages})
    execute_process(COMMAND pdftotext -enc UTF-8 -f ${p} -l ${p} ${pdf} - OUTPUT_VARIABLE text)
    string(REGEX REPLACE "[ \n]" "" joined "${text}")
    string(REGEX REPLACE "[ \n]" "" wanted "${needle}")
    string(FIND "${joined}" "${wanted}" at)
    if(at EQUAL -1)
      message(FATAL_ERROR "${pdf} page ${p} of ${pages}: \"${needle}\" missing:\n${text}")
    endif()
  endforeach()
endfunction()

# The cơ sở congress of members: strike, yes/no, a tie and its runoff.
cli(0 report --congress ${SAMPLES}/co-so/congress.json --readings ${SAMPLES}/co-so/readings.jsonl --out ${work}/co-so)
cli(0 tally --congress ${SAMPLES}/co-so/congress.json --readings ${SAMPLES}/co-so/readings.jsonl)
file(READ ${work}/co-so/ket-qua.json json)
if(NOT json STREQUAL out)
  message(FATAL_ERROR "ket-qua.json is not the canonical tally")
endif()
file(SHA256 ${work}/co-so/ket-qua.json result_sha)
foreach(name bien-ban-kiem-phieu-cu-lan-1 bien-ban-kiem-phieu-bt-lan-1 bien-ban-kiem-phieu-dh-lan-1
             bien-ban-kiem-phieu-dh-lan-2 danh-sach-trung-cu tong-hop-ket-qua)
  expect_every_page(${work}/co-so/${name}.pdf "${result_sha}")
  expect_every_page(${work}/co-so/${name}.pdf "Trang")
endforeach()
pdf_text(${work}/co-so/bien-ban-kiem-phieu-cu-lan-1.pdf text)
expect_all("${text}" "chi ủy minutes"
  "ĐẢNG BỘ PHƯỜNG BẾN THÀNH" "CHI BỘ KHU PHỐ 3" "BAN KIỂM PHIẾU" "ĐẢNG CỘNG SẢN VIỆT NAM"
  "Bến Thành, ngày 14 tháng 6 năm 2025" "BIÊN BẢN KIỂM PHIẾU" "Bầu Chi ủy khóa V"
  "Căn cứ Điều lệ Đảng Cộng sản Việt Nam" "Quyết định số 190-QĐ/TW"
  "Trần Anh Dũng" "Trần Khải Dũng" "Võ Hồ Tiến Hưng" "Trần Ngọc Phát" "Phan Nhật Trường" "Lê Hoàng Tùng"
  "Nguyễn Thị Hằng – Trưởng ban" "Lê Văn Tám – Thành viên"
  "Tổng số đảng viên được triệu tập: 42." "làm căn cứ tính tỷ lệ trúng cử: 38."
  "có mặt khi bầu cử: 38; vắng mặt: 0." "Số phiếu phát ra: 38." "Số phiếu thu vào: 38." "Số phiếu hợp lệ: 37."
  "để quá số lượng cần bầu: 1" "89,47" "91,89" "31,58"
  "TRƯỞNG BAN KIỂM PHIẾU" "CÁC THÀNH VIÊN BAN KIỂM PHIẾU" "Phạm Thu Hà")
pdf_text(${work}/co-so/bien-ban-kiem-phieu-bt-lan-1.pdf text)
expect_all("${text}" "yes/no minutes" "đồng ý" "không biểu thị đồng ý hay không đồng ý: 2" "81,58")
pdf_text(${work}/co-so/bien-ban-kiem-phieu-dh-lan-1.pdf text)
string(REPLACE "\n" " " text "${text}")
expect_all("${text}" "tie minutes" "cùng được 22 phiếu (57,89%)" "chỉ còn một (1) chỗ" "bầu lại (bầu lần 2)"
  "trúng cử đại biểu chính thức")
pdf_text(${work}/co-so/danh-sach-trung-cu.pdf text)
expect_all("${text}" "announcement" "DANH SÁCH TRÚNG CỬ" "Bầu Chi ủy khóa V" "Trần Anh Dũng")
file(READ ${work}/co-so/ket-qua.csv csv)
file(READ ${GOLDEN}/co-so-ket-qua.csv golden)
if(NOT csv STREQUAL golden)
  message(FATAL_ERROR "ket-qua.csv differs from tests/reports/golden/co-so-ket-qua.csv")
endif()
file(READ ${work}/co-so/tong-hop-ket-qua.csv csv)
file(READ ${GOLDEN}/co-so-tong-hop-ket-qua.csv golden)
if(NOT csv STREQUAL golden)
  message(FATAL_ERROR "tong-hop-ket-qua.csv differs from tests/reports/golden/co-so-tong-hop-ket-qua.csv")
endif()

# The ODT: a zip whose first entry is the uncompressed mimetype, with the minutes' text.
# (a local header is 30 bytes; compression method at offset 8 is 0: stored)
file(READ ${work}/co-so/bien-ban-kiem-phieu-cu-lan-1.odt head OFFSET 30 LIMIT 47 HEX)
string(HEX "mimetypeapplication/vnd.oasis.opendocument.text" expected_head)
file(READ ${work}/co-so/bien-ban-kiem-phieu-cu-lan-1.odt method OFFSET 8 LIMIT 2 HEX)
if(NOT head STREQUAL expected_head OR NOT method STREQUAL "0000")
  message(FATAL_ERROR "the ODT does not start with its stored mimetype: ${head} (method ${method})")
endif()
file(MAKE_DIRECTORY ${work}/odt)
execute_process(COMMAND ${CMAKE_COMMAND} -E tar xf ${work}/co-so/bien-ban-kiem-phieu-cu-lan-1.odt
                WORKING_DIRECTORY ${work}/odt RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the ODT is not a readable zip")
endif()
file(READ ${work}/odt/content.xml content)
expect_all("${content}" "ODT content" "BIÊN BẢN KIỂM PHIẾU" "Trần Anh Dũng" "Số phiếu hợp lệ: 37." "89,47"
  "<table:table-header-rows>")
file(READ ${work}/odt/styles.xml styles)
expect_all("${styles}" "ODT footer" "${result_sha}" "<text:page-number")

# Same input, same bytes (dates come from the congress file, not the clock) — also on a machine
# without any system font (an empty fontconfig): the reports use only the bundled fonts.
file(WRITE ${work}/no-fonts.conf "<?xml version=\"1.0\"?><fontconfig></fontconfig>\n")
execute_process(COMMAND ${CMAKE_COMMAND} -E env FONTCONFIG_FILE=${work}/no-fonts.conf
                ${CLI} report --congress ${SAMPLES}/co-so/congress.json --readings ${SAMPLES}/co-so/readings.jsonl
                --out ${work}/again RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "report without system fonts failed: ${err}")
endif()
file(GLOB made RELATIVE ${work}/co-so ${work}/co-so/*)
list(LENGTH made count)
if(count LESS 15)
  message(FATAL_ERROR "expected 15 files, made: ${made}")
endif()
foreach(f ${made})
  execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${work}/co-so/${f} ${work}/again/${f} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${f} differs between two runs on the same input (the second without system fonts)")
  endif()
endforeach()

# The provincial congress of delegates.
cli(0 report --congress ${SAMPLES}/tinh/congress.json --readings ${SAMPLES}/tinh/readings.jsonl --out ${work}/tinh
    --election dbct --format pdf)
pdf_text(${work}/tinh/bien-ban-kiem-phieu-dbct-lan-1.pdf text)
string(REPLACE "\n" " " text "${text}")
expect_all("${text}" "provincial delegates minutes" "ĐẢNG BỘ TỈNH HÒA BÌNH MẪU" "Hòa Bình, ngày 15 tháng 10 năm 2025"
  "Tổng số đại biểu được triệu tập: 350." "đã trúng cử đại biểu chính thức" "Bùi Thị Thanh Huyền")
if(EXISTS ${work}/tinh/bien-ban-kiem-phieu-bch-lan-1.pdf OR EXISTS ${work}/tinh/ket-qua.csv)
  message(FATAL_ERROR "--election dbct --format pdf wrote other elections or formats")
endif()

# A training congress: the watermark on every page of every report, PDF and ODT.
file(READ ${SAMPLES}/co-so/congress.json congress)
string(REPLACE "\"kind\": \"members\"," "\"kind\": \"members\", \"training\": true," congress "${congress}")
file(WRITE ${work}/training.json "${congress}")
cli(0 report --congress ${work}/training.json --readings ${SAMPLES}/co-so/readings.jsonl --out ${work}/training)
file(GLOB pdfs ${work}/training/*.pdf)
foreach(pdf ${pdfs})
  expect_every_page(${pdf} "DIỄN TẬP – KHÔNG CÓ GIÁ TRỊ")
endforeach()
file(GLOB pdfs ${work}/co-so/*.pdf)
foreach(pdf ${pdfs})
  pdf_text(${pdf} text)
  string(FIND "${text}" "DIỄN TẬP" at)
  if(NOT at EQUAL -1)
    message(FATAL_ERROR "${pdf}: a real congress's report carries the training watermark")
  endif()
endforeach()
file(MAKE_DIRECTORY ${work}/training-odt)
execute_process(COMMAND ${CMAKE_COMMAND} -E tar xf ${work}/training/danh-sach-trung-cu.odt WORKING_DIRECTORY ${work}/training-odt)
file(READ ${work}/training-odt/styles.xml styles)
expect_all("${styles}" "training ODT" "<style:header><text:p text:style-name=\"Watermark\">DIỄN TẬP – KHÔNG CÓ GIÁ TRỊ")

# Refusals: an unknown format, a count still waiting for the committee.
cli(2 report --congress ${SAMPLES}/co-so/congress.json --readings ${SAMPLES}/co-so/readings.jsonl --out ${work}/x --format docx)
expect_all("${err}" "bad format" "\"docx\" is not one of pdf, odt, csv, json")
file(READ ${SAMPLES}/co-so/readings.jsonl readings)
file(WRITE ${work}/waiting.jsonl "${readings}{\"election\": \"cu\", \"sheet\": \"9999\", \"status\": \"review\", \"struck\": []}\n")
cli(1 report --congress ${SAMPLES}/co-so/congress.json --readings ${work}/waiting.jsonl --out ${work}/waiting)
expect_all("${err}" "waiting" "readings line 150: the ballot is waiting for the counting committee's review")
