# What an auditor and a careless operator found the record doing wrong (issue 25), each as the
# command line shows it:
#  - a scanned sheet whose reading was lost was silently never counted;
#  - the congress inside the record could be changed with one UPDATE, unnoticed;
#  - verify without the congress key said "verified" for a bundle anyone could have re-signed;
#  - import aborted on a readings line of the wrong shape;
#  - read-only commands created tables in, or switched the journal of, files that are not records;
#  - importing readings again added a second reading per sheet (voiding rulings), and readings
#    naming candidates not on the list were stored.
set(work ${OUT}/record-defects)
file(REMOVE_RECURSE ${work})
file(MAKE_DIRECTORY ${work}/inbox)
foreach(n 1 2 3 4)
  file(COPY ${SAMPLE}/ballot-0000${n}.jpg DESTINATION ${work}/inbox)
endforeach()
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

# 1. A reading lost: the sheet is "not read yet", shown, and blocks the result.
file(STRINGS ${work}/readings.jsonl lines ENCODING UTF-8)
list(REMOVE_AT lines 2)
list(JOIN lines "\n" four)
file(WRITE ${work}/four.jsonl "${four}\n")
cli(0 "" import --db ${db} --operator "Trần Văn Bình" --congress ${CONGRESS} --scans ${work}/scans --election cu
    --readings ${work}/four.jsonl)
expect("${out}" "not read yet: 1 sheet")
cli(1 "" tally --db ${db} --election cu)
expect("${err}" "has not been read yet")
cli(0 "" review --db ${db})
expect("${out}" "not read yet: 1 sheet\\(s\\) \\(first: sheet 3\\)")

# 2. The same readings again are recognised as recorded; a different reading of a read sheet is
#    refused unless asked for, and then logged; a candidate not on the list is refused.
cli(0 "" import --db ${db} --operator "Trần Văn Bình" --readings ${work}/readings.jsonl)
expect("${out}" "readings: 1 recorded, 3 already recorded")
cli(0 "" tally --db ${db} --election cu)
expect("${out}" "\"collected\": 4,")
file(READ ${work}/readings.jsonl all)
string(REGEX REPLACE "\"struck\":\\[[^]]*\\]" "\"struck\":[\"cu01\"]" other "${all}")
file(WRITE ${work}/other.jsonl "${other}")
cli(1 "" import --db ${db} --operator "Trần Văn Bình" --readings ${work}/other.jsonl)
expect("${err}" "already has a reading .*\\(import --reread\\)")
string(REGEX REPLACE "\"struck\":\\[[^]]*\\]" "\"struck\":[\"cu99\"]" unknown "${all}")
file(WRITE ${work}/unknown.jsonl "${unknown}")
cli(1 "" import --db ${db} --operator "Trần Văn Bình" --readings ${work}/unknown.jsonl)
expect("${err}" "unknown.jsonl line 1: \"cu99\" is not a candidate of election \"cu\"")

# 3. Readings lines of the wrong shape: one line naming the file and line, never an abort.
foreach(bad "[1,2]" "\"x\"" "{\"image\": 5, \"election\": \"cu\"}" "{\"election\": \"cu\", \"image\": \"x\", \"round\": \"1\"}"
            "{\"election\": \"cu\", \"image\": \"${work}/scans/b0001-p00001.jpg\", \"struck\": \"cu01\"}")
  file(WRITE ${work}/bad.jsonl "${bad}\n")
  cli(1 "" import --db ${db} --operator "Trần Văn Bình" --readings ${work}/bad.jsonl)
  expect("${err}" "bad.jsonl line 1: ")
endforeach()

# 4. The congress is immutable: an UPDATE is refused; with the guard dropped, every command
#    that reads the record finds the congress is not the one it was created with.
execute_process(COMMAND sqlite3 ${db} "UPDATE meta SET value = replace(value, '\"convened\": 30', '\"convened\": 3') WHERE key = 'congress'"
                RESULT_VARIABLE rc ERROR_VARIABLE sqlerr)
if(rc EQUAL 0)
  message(FATAL_ERROR "the congress in the record could be updated")
endif()
file(COPY_FILE ${db} ${work}/edited.kpdb)
file(COPY ${db}.images/ DESTINATION ${work}/edited.kpdb.images)
execute_process(COMMAND sqlite3 ${work}/edited.kpdb
  "DROP TRIGGER meta_no_update; UPDATE meta SET value = replace(value, 'convened', 'convened ') WHERE key = 'congress'"
  RESULT_VARIABLE rc)
cli(1 "" tally --db ${work}/edited.kpdb --election cu)
expect("${err}" "congress: its SHA-256 [0-9a-f]+ is not the [0-9a-f]+ the record was created with")
cli(0 "" keygen --out ${work}/keys)
cli(1 "" export --db ${work}/edited.kpdb --key ${work}/keys/congress.key --out ${work}/edited-bundle)
expect("${err}" "does not agree with its audit log")
cli(1 "" report --db ${work}/edited.kpdb --out ${work}/edited-reports)
expect("${err}" "does not agree with its audit log")

# 5. Without the congress key, verify says only that the bundle is consistent, with its own exit
#    code, and how to check the signer.
cli(0 "" export --db ${db} --key ${work}/keys/congress.key --out ${work}/bundle)
cli(4 "" verify ${work}/bundle)
expect("${out}" "SELF-CONSISTENT, SIGNER NOT CONFIRMED")
expect("${out}" "compare this key with the public key printed on the signed minutes")
file(READ ${work}/keys/congress.pub key)
string(STRIP "${key}" key)
cli(0 "" verify ${work}/bundle --key ${key})
expect("${out}" "VERIFIED")
cli(0 "" keygen --out ${work}/other-keys)
file(READ ${work}/other-keys/congress.pub other_key)
string(STRIP "${other_key}" other_key)
cli(1 "" verify ${work}/bundle --key ${other_key})
expect("${out}" "not the expected key")
# The key the auditor checks against is printed on the minutes: the record registers it, and
# no other key signs its bundle.
cli(0 "" keygen --out ${work}/record-keys --db ${db} --operator "Trần Văn Bình")
file(READ ${work}/record-keys/congress.pub record_key)
string(STRIP "${record_key}" record_key)
cli(1 "" export --db ${db} --key ${work}/keys/congress.key --out ${work}/wrong-key-bundle)
expect("${err}" "is not the congress key ${record_key}")
cli(1 "" keygen --out ${work}/third-keys --db ${db} --operator "Trần Văn Bình")
expect("${err}" "already has its congress key")
cli(0 "" report --db ${db} --out ${work}/reports --format pdf)
execute_process(COMMAND pdftotext -enc UTF-8 ${work}/reports/bien-ban-kiem-phieu-cu-lan-1.pdf - OUTPUT_VARIABLE minutes)
string(REGEX REPLACE "[ \n]" "" minutes_joined "${minutes}")
expect("${minutes_joined}" "${record_key}")

# 6. Commands that only read never change a file that is not a record: an empty file and another
#    program's SQLite file are refused and left byte for byte as they were.
file(WRITE ${work}/empty.kpdb "")
execute_process(COMMAND sqlite3 ${work}/foreign.db "CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES ('x');")
file(SHA256 ${work}/foreign.db foreign_before)
foreach(file empty.kpdb foreign.db)
  cli(1 "" tally --db ${work}/${file})
  expect("${err}" "is not a KiemPhieu congress record; nothing was changed")
  cli(1 "" report --db ${work}/${file} --out ${work}/r-${file})
  cli(1 "" export --db ${work}/${file} --key ${work}/keys/congress.key --out ${work}/b-${file})
  cli(1 "" review --db ${work}/${file})
  cli(1 "" import --db ${work}/${file} --operator X --readings ${work}/readings.jsonl)
  expect("${err}" "is not a KiemPhieu congress record; nothing was changed")
endforeach()
file(SIZE ${work}/empty.kpdb empty_size)
file(SHA256 ${work}/foreign.db foreign_after)
if(NOT empty_size EQUAL 0 OR NOT foreign_before STREQUAL foreign_after OR EXISTS ${work}/foreign.db-wal)
  message(FATAL_ERROR "a file that is not a record was changed")
endif()
