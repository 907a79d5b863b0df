# Runs `kiemphieu-cli tally` on a sample twice; both outputs must equal expected-tally.json byte for byte.
file(MAKE_DIRECTORY ${OUT})
foreach(run 1 2)
  execute_process(COMMAND ${CLI} tally --congress ${SAMPLE}/congress.json --readings ${SAMPLE}/readings.jsonl
                  OUTPUT_FILE ${OUT}/tally-${run}.json ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "kiemphieu-cli failed (${rc}): ${err}")
  endif()
  execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUT}/tally-${run}.json ${SAMPLE}/expected-tally.json
                  RESULT_VARIABLE diff)
  if(NOT diff EQUAL 0)
    message(FATAL_ERROR "run ${run}: ${OUT}/tally-${run}.json differs from ${SAMPLE}/expected-tally.json")
  endif()
endforeach()
