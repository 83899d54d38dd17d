# SPDX-License-Identifier: GPL-3.0-or-later
# bench_gui_smoke: a demo database of 300 clients, then the GUI benchmarks on
# it with three runs; fails when either program fails or no row is printed.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
execute_process(COMMAND ${CLI} demo --db ${WORK}/smoke.db --size 300 --seed 1 RESULT_VARIABLE made)
if(NOT made EQUAL 0)
    message(FATAL_ERROR "tsunagu-cli demo failed: ${made}")
endif()
execute_process(COMMAND ${BENCH} --db ${WORK}/smoke.db --data-set smoke --runs 3
    RESULT_VARIABLE ran OUTPUT_VARIABLE table)
message("${table}")
if(NOT ran EQUAL 0)
    message(FATAL_ERROR "tsunagu-bench-gui failed: ${ran}")
endif()
if(NOT table MATCHES "keystroke in the search field")
    message(FATAL_ERROR "tsunagu-bench-gui printed no keystroke row")
endif()
