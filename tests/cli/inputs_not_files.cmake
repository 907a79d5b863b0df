# Inputs that are not files, or hold nothing, are refused at once with one line naming the
# path — never read forever (a FIFO), never an empty result with exit 0 (a folder, an empty
# file). Each run is bounded by a timeout: a hang fails the test.
set(dir ${OUT}/inputs-not-files)
file(REMOVE_RECURSE ${dir})
file(MAKE_DIRECTORY ${dir}/folder)
execute_process(COMMAND mkfifo ${dir}/fifo.jsonl RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "mkfifo failed")
endif()
file(CREATE_LINK ${dir}/missing.jsonl ${dir}/dangling.jsonl SYMBOLIC)
file(CREATE_LINK ${dir}/loop-b.jsonl ${dir}/loop-a.jsonl SYMBOLIC)
file(CREATE_LINK ${dir}/loop-a.jsonl ${dir}/loop-b.jsonl SYMBOLIC)
file(WRITE ${dir}/empty.jsonl "")
file(WRITE ${dir}/blank.jsonl "\n  \n")
file(WRITE ${dir}/rejected.jsonl "{\"election\": \"bch\", \"sheet\": \"1\", \"status\": \"rejected\"}\n")

function(expect_refused what regex)
  execute_process(COMMAND ${CLI} ${ARGN} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc TIMEOUT 20)
  if(NOT rc EQUAL 1)
    message(FATAL_ERROR "${what}: expected exit code 1, got ${rc}; stdout: ${out} stderr: ${err}")
  endif()
  if(NOT err MATCHES "${regex}")
    message(FATAL_ERROR "${what}: stderr does not match '${regex}': ${err}")
  endif()
endfunction()

expect_refused("a folder as readings" "folder is a folder, not a file" tally --congress ${CONGRESS} --readings ${dir}/folder)
expect_refused("a FIFO as readings" "fifo.jsonl is a FIFO, not a file" tally --congress ${CONGRESS} --readings ${dir}/fifo.jsonl)
expect_refused("a FIFO as the congress file" "fifo.jsonl is a FIFO, not a file"
               tally --congress ${dir}/fifo.jsonl --readings ${dir}/empty.jsonl)
expect_refused("a link to nothing" "dangling.jsonl is a link to nothing \\(→ .*missing.jsonl\\)"
               tally --congress ${CONGRESS} --readings ${dir}/dangling.jsonl)
expect_refused("a loop of links" "loop-a.jsonl is a loop of links" tally --congress ${CONGRESS} --readings ${dir}/loop-a.jsonl)
expect_refused("an empty readings file" "empty.jsonl: no readings in the file" tally --congress ${CONGRESS} --readings ${dir}/empty.jsonl)
expect_refused("a readings file of blank lines" "blank.jsonl: no readings in the file"
               tally --congress ${CONGRESS} --readings ${dir}/blank.jsonl)
expect_refused("a readings file of rejected pages only" "rejected.jsonl: no ballot to count: every line is a rejected page"
               tally --congress ${CONGRESS} --readings ${dir}/rejected.jsonl)
