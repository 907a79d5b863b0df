# The committee at work through the CLI: five simulated ballots scanned from a folder, one of
# them (an underline) waiting for the committee; the tally refuses until two members rule;
# manual double entry for ballots without a scanner, a disagreement shown side by side and
# ruled on; the signed bundle carries the rulings and entries and verifies.
set(work ${OUT}/committee-e2e)
file(REMOVE_RECURSE ${work})
file(MAKE_DIRECTORY ${work}/inbox)
foreach(n 1 2 3 4 5)
  file(COPY ${SAMPLE}/ballot-0000${n}.jpg DESTINATION ${work}/inbox)
endforeach()
# cli(EXPECT_RC STDIN_TEXT args...): runs kiemphieu-cli with STDIN_TEXT as its standard input.
function(cli expect_rc stdin)
  file(WRITE ${work}/stdin.txt "${stdin}")
  execute_process(COMMAND ${CLI} ${ARGN} INPUT_FILE ${work}/stdin.txt OUTPUT_VARIABLE out ERROR_VARIABLE err
                  RESULT_VARIABLE rc)
  if(NOT rc EQUAL expect_rc)
    message(FATAL_ERROR "kiemphieu-cli ${ARGN}: exit ${rc}, expected ${expect_rc}\n${out}\n${err}")
  endif()
  set(out "${out}" PARENT_SCOPE)
  set(err "${err}" PARENT_SCOPE)
endfunction()
function(expect text regex)
  if(NOT text MATCHES "${regex}")
    message(FATAL_ERROR "expected '${regex}' in:\n${text}")
  endif()
endfunction()
set(db ${work}/dai-hoi.kpdb)
cli(0 "" scan --device folder:${work}/inbox --out ${work}/scans)
cli(0 "" recognize --congress ${CONGRESS} --election cu --out ${work}/readings.jsonl ${work}/scans)
cli(0 "" import --db ${db} --operator "Trần Văn Bình" --congress ${CONGRESS} --scans ${work}/scans --election cu
    --readings ${work}/readings.jsonl)

# The committee: the chair first (no one to confirm), then members added by the chair.
cli(0 "binh-2026\n" operator --db ${db} --add "Trần Văn Bình" --role truong_ban)
cli(1 "mai-2026\n" operator --db ${db} --add "Lê Thị Mai" --role thanh_vien)
expect("${err}" "only the trưởng ban, signed in, adds operators")
cli(1 "mai-2026\nwrong\n" operator --db ${db} --add "Lê Thị Mai" --role thanh_vien --by "Trần Văn Bình")
expect("${err}" "sign-in refused for Trần Văn Bình: unknown name or wrong password")
cli(0 "mai-2026\nbinh-2026\n" operator --db ${db} --add "Lê Thị Mai" --role thanh_vien --by "Trần Văn Bình")
cli(0 "ky-2026\nbinh-2026\n" operator --db ${db} --add "Đỗ Văn Kỹ" --role ky_thuat_vien --by "Trần Văn Bình")

# Sheet 5 (an underline under a name) waits for the committee; the tally refuses to guess.
cli(0 "" review --db ${db})
expect("${out}" "cu round 1 · sheet 5 · \\[\"[a-z_]+\"\\]\n    read: {\"struck\":\\[\"cu04\"\\]}")
expect("${out}" "waiting for the committee: 1")
cli(1 "" tally --db ${db} --election cu)
expect("${err}" "review")
cli(1 "mai-2026\nmai-2026\n" rule --db ${db} --sheet 5 --struck cu04 --reason "gạch chân, không gạch ngang"
    --members "Lê Thị Mai,Lê Thị Mai")
expect("${err}" "two different members")
cli(1 "mai-2026\nky-2026\n" rule --db ${db} --sheet 5 --struck cu04 --reason "gạch chân" --members "Lê Thị Mai,Đỗ Văn Kỹ")
expect("${err}" "technician")
cli(1 "mai-2026\nbinh-2026\n" rule --db ${db} --sheet 5 --struck cu99 --reason "gạch chân" --members "Lê Thị Mai,Trần Văn Bình")
expect("${err}" "\"cu99\" is not a candidate of election \"cu\"")
cli(0 "mai-2026\nbinh-2026\n" rule --db ${db} --sheet 5 --struck cu04 --reason "gạch chân dưới tên, không gạch ngang"
    --members "Lê Thị Mai,Trần Văn Bình")
cli(0 "" tally --db ${db} --election cu)
expect("${out}" "\"collected\": 5,")

# Manual entry: ballots 1 and 2 entered by two operators; ballot 2 disagrees.
file(WRITE ${work}/mai.jsonl "{\"ballot\": \"1\", \"struck\": [\"cu01\"]}\n{\"ballot\": \"2\", \"struck\": [\"cu02\"]}\n")
file(WRITE ${work}/ky.jsonl "{\"ballot\": \"1\", \"struck\": [\"cu01\"]}\n{\"ballot\": \"2\", \"struck\": [\"cu03\"]}\n")
cli(0 "mai-2026\n" enter --db ${db} --operator "Lê Thị Mai" --election cu --entries ${work}/mai.jsonl)
expect("${out}" "entered: 2 ballot\\(s\\) by Lê Thị Mai")
cli(0 "ky-2026\n" enter --db ${db} --operator "Đỗ Văn Kỹ" --election cu --entries ${work}/ky.jsonl)
cli(1 "ky-2026\n" enter --db ${db} --operator "Đỗ Văn Kỹ" --election cu --ballot 2 --struck cu02)
expect("${err}" "already entered ballot 2")
cli(0 "" review --db ${db})
expect("${out}" "ballot 2 \\(manual\\) · \\[\"manual_entries_differ\"\\]\n    Lê Thị Mai: {\"struck\":\\[\"cu02\"\\]}\n    Đỗ Văn Kỹ: {\"struck\":\\[\"cu03\"\\]}")
cli(1 "" tally --db ${db} --election cu)
cli(0 "binh-2026\nmai-2026\n" rule --db ${db} --election cu --ballot 2 --struck cu02 --reason "đối chiếu phiếu gốc"
    --members "Trần Văn Bình,Lê Thị Mai")
cli(0 "" review --db ${db})
expect("${out}" "waiting for the committee: 0")
cli(0 "" tally --db ${db} --election cu)
expect("${out}" "\"collected\": 7,")

# The bundle carries the original readings, the rulings and the entries; it verifies, and the
# result it states is the one with the rulings.
cli(0 "" keygen --out ${work}/keys)
cli(0 "" export --db ${db} --key ${work}/keys/congress.key --out ${work}/bundle)
file(READ ${work}/bundle/rulings.jsonl rulings)
expect("${rulings}" "\"sheet\":\"5\",\"decision\":{\"struck\":\\[\"cu04\"\\]},\"reason\":\"gạch chân dưới tên, không gạch ngang\",\"members\":\\[{\"name\":\"Lê Thị Mai\",\"role\":\"thanh_vien\"},{\"name\":\"Trần Văn Bình\",\"role\":\"truong_ban\"}\\]")
file(READ ${work}/bundle/readings.jsonl readings)
expect("${readings}" "\"sheet\":\"5\",\"status\":\"review\",\"recognizer\"")
file(READ ${work}/bundle/manifest.json manifest)
expect("${manifest}" "\"program\": \"KiemPhieu [0-9.]+ \\(commit [0-9a-f]+\\)\"")
expect("${manifest}" "\"recognizers\": \\[\n    {\n      \"version\": \"kp-recognizer/2\",\n      \"settings\": \"[0-9a-f]+\"")
file(READ ${work}/bundle/result.json result)
expect("${result}" "\"collected\": 7,")
cli(4 "" verify ${work}/bundle)
expect("${out}" "SELF-CONSISTENT, SIGNER NOT CONFIRMED")
file(READ ${work}/keys/congress.pub key)
string(STRIP "${key}" key)
cli(0 "" verify ${work}/bundle --key ${key})
expect("${out}" "VERIFIED")
# Dropping the rulings from the bundle is caught.
file(REMOVE_RECURSE ${work}/no-rulings)
file(COPY ${work}/bundle/ DESTINATION ${work}/no-rulings)
file(WRITE ${work}/no-rulings/rulings.jsonl "")
cli(1 "" verify ${work}/no-rulings)
expect("${out}" "rulings.jsonl: changed since the bundle was signed")
expect("${out}" "result.json: differs from the tally")

# An insider adds a ruling to the record file itself (the sqlite3 tool), confirmed by the
# technician: the record no longer agrees with its audit log, and export refuses to sign it,
# naming the ruling that no member made and that the audit log never saw.
file(REMOVE_RECURSE ${work}/forged.kpdb ${work}/forged.kpdb.images)
file(COPY_FILE ${db} ${work}/forged.kpdb)
file(COPY ${db}.images/ DESTINATION ${work}/forged.kpdb.images)
execute_process(COMMAND sqlite3 ${work}/forged.kpdb
  "INSERT INTO rulings (reading, decision, reason, first_member, second_member, ruled) SELECT 3, '{\"struck\":[]}', 'x', a.id, b.id, 't' FROM operators a, operators b WHERE a.name = 'Lê Thị Mai' AND b.name = 'Đỗ Văn Kỹ'"
  RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "sqlite3 could not forge the ruling: ${err}")
endif()
cli(1 "" export --db ${work}/forged.kpdb --key ${work}/keys/congress.key --out ${work}/forged-bundle)
expect("${err}" "does not agree with its audit log")
expect("${err}" "ruling 2 names Đỗ Văn Kỹ, who is not a member of the committee")
expect("${err}" "ruling 2 has no ruling event in the audit log")
cli(1 "" tally --db ${work}/forged.kpdb --election cu)
expect("${err}" "does not agree with its audit log")

# The reports from the record: the ballot listing names each sheet's image hash, the recogniser's
# reading and the committee's ruling; the journal lists the audit events with the head hash.
cli(0 "" report --db ${db} --out ${work}/reports --format pdf,csv)
execute_process(COMMAND pdftotext -enc UTF-8 ${work}/reports/danh-sach-phieu.pdf - OUTPUT_VARIABLE listing)
string(REPLACE "\n" " " listing "${listing}")
expect("${listing}" "DANH SÁCH PHIẾU BẦU")
expect("${listing}" "Lê Thị Mai và Trần Văn Bình: gạch chân dưới tên")
expect("${listing}" "manual-2")
file(READ ${work}/reports/danh-sach-phieu.csv listing_csv)
file(SHA256 ${work}/inbox/ballot-00005.jpg fifth_sha)
expect("${listing_csv}" "cu,1,5,${fifth_sha},chuyển Ban kiểm phiếu \\([a-z_]+\\),gạch: Trần Ngọc Phát,\"Lê Thị Mai và Trần Văn Bình: gạch chân dưới tên, không gạch ngang\"")
expect("${listing_csv}" "cu,1,manual-2,,nhập tay 2 lần,gạch: Trần Khải Dũng,Trần Văn Bình và Lê Thị Mai: đối chiếu phiếu gốc")
execute_process(COMMAND pdftotext -enc UTF-8 ${work}/reports/nhat-ky-kiem-phieu.pdf - OUTPUT_VARIABLE journal)
expect("${journal}" "NHẬT KÝ KIỂM PHIẾU")
expect("${journal}" "phán quyết")
execute_process(COMMAND sqlite3 ${db} "SELECT hash FROM events ORDER BY seq DESC LIMIT 1" OUTPUT_VARIABLE head)
string(STRIP "${head}" head)
string(REGEX REPLACE "[ \n]" "" journal_joined "${journal}")
expect("${journal_joined}" "${head}")
