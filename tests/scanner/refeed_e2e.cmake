cmake_policy(VERSION 3.25)
# Re-fed sheets through `kiemphieu-cli scan` on the simulator's ballots (issue 26 item 3): 40
# voters of `cu`, seed 3 — where voters 3 and 39 struck the same name, which the old check took
# for one sheet fed twice — and, among them, the same papers fed again (the simulator's second
# scans of sheets 10 and 39, shifted, turned, at their own resolution and noise) and one file
# taken twice. Every voter's ballot must be counted as a sheet; exactly the papers fed again are
# suspected, each logged with the sheet it resembles, why, the difference measured and the limit.
set(work ${OUT}/refeed-e2e)
file(REMOVE_RECURSE ${work})
file(MAKE_DIRECTORY ${work}/feeder)
execute_process(COMMAND ${CLI} simulate --congress ${CONGRESS} --election cu --voters 40 --seed 3 --out ${work}/ballots
                        --rescans ${work}/again
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "simulate failed (${rc}): ${err}")
endif()
file(GLOB ballots ${work}/ballots/ballot-*)
file(COPY ${ballots} DESTINATION ${work}/feeder)
# Fed again after later sheets, as an operator puts them back after a jam: a name sorts after
# the sheet it follows ("ballot-00012.jpg" < "ballot-00012a.jpg" < "ballot-00013.jpg").
function(feed_after source after name)
  file(GLOB found ${source})
  list(GET found 0 file)
  get_filename_component(ext ${file} LAST_EXT)
  file(COPY_FILE ${file} ${work}/feeder/ballot-${after}${name}${ext})
endfunction()
feed_after(${work}/again/ballot-00010.* 00012 a)
feed_after(${work}/again/ballot-00039.* 00040 a)
feed_after(${work}/ballots/ballot-00020.* 00025 a)  # the same file, taken twice

execute_process(COMMAND ${CLI} scan --device folder:${work}/feeder --out ${work}/scan
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0 OR NOT out MATCHES "batch 1: 40 sheets, 43 pages, 3 re-fed")
  message(FATAL_ERROR "not every voter's ballot was counted, or a paper fed again was not suspected (${rc}):\n${out}\n${err}")
endif()

# The log: which page is which original, and what was suspected.
file(STRINGS ${work}/scan/scan-log.jsonl lines)
set(expected "ballot-00012a:ballot-00010:same_paper" "ballot-00040a:ballot-00039:same_paper"
             "ballot-00025a:ballot-00020:same_file")
set(suspected 0)
foreach(line IN LISTS lines)
  string(JSON event GET "${line}" event)
  if(NOT event STREQUAL "page")
    continue()
  endif()
  string(JSON file GET "${line}" file)
  string(JSON original GET "${line}" original)
  get_filename_component(original ${original} NAME_WLE)
  set(originalOf_${file} ${original})
  string(JSON refeedOf ERROR_VARIABLE none GET "${line}" refeed_of)
  if(none)
    continue()
  endif()
  math(EXPR suspected "${suspected} + 1")
  string(JSON reason GET "${line}" refeed_reason)
  # The difference and the limit are measured for a paper only; the same file is its hash.
  set(difference 0)
  set(limit 1)
  if(reason STREQUAL "same_paper")
    string(JSON difference GET "${line}" refeed_difference_mm2)
    string(JSON limit GET "${line}" refeed_limit_mm2)
  elseif(NOT reason STREQUAL "same_file")
    message(FATAL_ERROR "an unknown reason: ${line}")
  endif()
  set(found "${original}:${originalOf_${refeedOf}}:${reason}")
  if(NOT found IN_LIST expected)
    message(FATAL_ERROR "${file} (${original}) suspected as a re-feed of ${refeedOf} (${originalOf_${refeedOf}}, ${reason}, "
                        "${difference} mm² of ${limit}): not a paper fed again\n${line}")
  endif()
  string(JSON extra ERROR_VARIABLE absent GET "${line}" refeed_difference_mm2)
  if(reason STREQUAL "same_file" AND NOT absent)
    message(FATAL_ERROR "the same file has a measured difference: ${line}")
  endif()
  if(difference GREATER limit OR NOT limit GREATER 0)
    message(FATAL_ERROR "a suspected re-feed above its limit: ${line}")
  endif()
endforeach()
if(NOT suspected EQUAL 3)
  message(FATAL_ERROR "${suspected} pages suspected, not the 3 fed again")
endif()
