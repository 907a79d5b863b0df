# A ballot scanned through SANE's pnm back end with kiemphieu-cli scan, then recognised: the
# reading equals the simulator's truth. Then the CLI's fault handling on SANE's test device:
# a jam pauses with exit code 3 and the bilingual message, a second run resumes the batch.
set(work ${OUT}/scan-e2e)
file(REMOVE_RECURSE ${work})
file(MAKE_DIRECTORY ${work})
execute_process(COMMAND ${TO_PNM} ${SAMPLE}/ballot-00001.jpg ${work}/ballot.pgm RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cannot write the PGM")
endif()
execute_process(COMMAND ${CLI} scan --device pnm:0 --source flatbed --dpi 150
                        --device-options filename=${work}/ballot.pgm --out ${work}/scans
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT out MATCHES "b0001-p00001.png  sheet 1" OR NOT out MATCHES "batch 1: 1 sheets")
  message(FATAL_ERROR "scan through pnm failed (${rc}): ${out} ${err}")
endif()
execute_process(COMMAND ${CLI} recognize --congress ${CONGRESS} --election cu --out ${work}/readings.jsonl ${work}/scans
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "recognize failed (${rc}): ${err}")
endif()
file(STRINGS ${work}/readings.jsonl lines)
file(STRINGS ${SAMPLE}/truth.jsonl truth)
list(GET truth 0 expected)
string(REGEX MATCH "\"struck\":\\[[^]]*\\]" struck "${expected}")
list(LENGTH lines count)
string(FIND "${lines}" "${struck}" at)
if(NOT count EQUAL 1 OR NOT lines MATCHES "\"status\":\"read\"" OR at EQUAL -1)
  message(FATAL_ERROR "the scanned ballot was not read as ${struck}: ${lines}")
endif()

# A jam on the very first sheet: paused, exit 3, the message in both languages.
execute_process(COMMAND ${CLI} scan --device test:0 --dpi 50 --device-options read-return-value=SANE_STATUS_JAMMED
                        --out ${work}/jam
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc INPUT_FILE /dev/null)
if(NOT rc EQUAL 3 OR NOT err MATCHES "Kẹt giấy" OR NOT err MATCHES "Paper jam" OR NOT out MATCHES "batch 1: 0 sheets.*paused")
  message(FATAL_ERROR "a jam did not pause the batch (${rc}): ${out} ${err}")
endif()
# Cleared: the same command resumes batch 1 and ends it (the test device's sheets are all
# alike, so after the first they are flagged as re-fed, not counted).
execute_process(COMMAND ${CLI} scan --device test:0 --dpi 50 --max-pages 3 --out ${work}/jam
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc INPUT_FILE /dev/null)
if(NOT rc EQUAL 0 OR NOT out MATCHES "batch 1: 1 sheets, 3 pages, 2 re-fed \\(page_limit\\)")
  message(FATAL_ERROR "the paused batch was not resumed (${rc}): ${out} ${err}")
endif()
