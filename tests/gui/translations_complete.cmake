# Fails when a .ts file has a string without translation (lupdate marks it "unfinished", or it
# has an empty translation), naming the first such strings. The files are refreshed from the
# code by the update_translations target; src/gui/translations/fill_ts.py writes the texts.
foreach(lang vi en)
  file(READ ${TS_DIR}/kiemphieu_${lang}.ts ts)
  string(REGEX MATCHALL "<message[^>]*>[^<]*<location[^>]*>[^<]*<source>[^<]*</source>[^<]*<translation type=\"unfinished\"" unfinished "${ts}")
  string(REGEX MATCHALL "<translation */>|<translation></translation>" empty "${ts}")
  list(LENGTH unfinished n)
  list(LENGTH empty e)
  if(n GREATER 0 OR e GREATER 0)
    message(FATAL_ERROR "kiemphieu_${lang}.ts: ${n} unfinished and ${e} empty translations, e.g. ${unfinished}")
  endif()
  string(REGEX MATCHALL "<source>" sources "${ts}")
  list(LENGTH sources count)
  if(count LESS 150)
    message(FATAL_ERROR "kiemphieu_${lang}.ts holds only ${count} strings: was it refreshed from the code?")
  endif()
  message(STATUS "kiemphieu_${lang}.ts: ${count} strings, all translated")
endforeach()
