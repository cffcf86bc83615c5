# ca_simdjson: simdjson 3.0.1 from the Debian source package (unpacked by scripts/setup.sh
# into ${CASEAUDIT_DEPS_DIR}/simdjson-src). The extract importer uses its on-demand parser
# on one record at a time, because it is about 10x faster than nlohmann/json in wasm (see
# docs/performance.md). It is built from the single-header amalgamation with its own
# warnings off, outside src/ so that the core's source glob does not pick it up.
set(CASEAUDIT_SIMDJSON_DIR "${CASEAUDIT_DEPS_DIR}/simdjson-src/singleheader")
if(NOT EXISTS "${CASEAUDIT_SIMDJSON_DIR}/simdjson.cpp")
    message(FATAL_ERROR "${CASEAUDIT_SIMDJSON_DIR}/simdjson.cpp not found: run scripts/setup.sh")
endif()
add_library(ca_simdjson STATIC "${CASEAUDIT_SIMDJSON_DIR}/simdjson.cpp")
target_include_directories(ca_simdjson SYSTEM PUBLIC "${CASEAUDIT_SIMDJSON_DIR}")
# Error codes rather than exceptions; no 32-bit portability warning under emcc (wasm uses
# simdjson's portable "fallback" kernel, which is what was measured).
target_compile_definitions(ca_simdjson PUBLIC SIMDJSON_EXCEPTIONS=0
    SIMDJSON_NO_PORTABILITY_WARNING=1)
target_compile_options(ca_simdjson PRIVATE -w)
set_target_properties(ca_simdjson PROPERTIES POSITION_INDEPENDENT_CODE ON)
if(CMAKE_BUILD_TYPE STREQUAL "Debug")
    # The importer's speed is dominated by simdjson; keep it optimised in Debug builds so
    # the unit tests on large generated inputs stay quick.
    target_compile_options(ca_simdjson PRIVATE -O2)
endif()
if(EMSCRIPTEN)
    # simdjson reports errors as codes (SIMDJSON_EXCEPTIONS=0) and allocates with
    # new(std::nothrow), so it needs no exception support. Without it, em++ stops wrapping
    # its calls in JS trampolines (invoke_*), which cost about a fifth of the extract
    # import's time in wasm (docs/performance.md, "Extract import").
    target_compile_options(ca_simdjson PRIVATE -fno-exceptions)
endif()
