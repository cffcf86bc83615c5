# Build options shared by every target.
#
# [SECTION] Options
# [SECTION] Third-party locations (Debian packages and source packages under build/deps)
# [SECTION] Warnings and sanitizers
# [SECTION] Emscripten: the node that runs emcc's JS optimiser

# ---------------------------------------------------------------------------
# [SECTION] Options
# ---------------------------------------------------------------------------
option(CASEAUDIT_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer (native)" OFF)
option(CASEAUDIT_WERROR "Treat compiler warnings as errors" ON)
option(CASEAUDIT_FUZZ "Build the fuzz targets in tests/fuzz (clang, libFuzzer; scripts/fuzz.sh turns it on)" OFF)
option(CASEAUDIT_BENCH "Build the benchmarks in bench/ (bench/*/run.sh turn it on)" OFF)
set(CASEAUDIT_DEPS_DIR "${PROJECT_SOURCE_DIR}/build/deps" CACHE PATH
    "Where scripts/setup.sh unpacked the Debian source packages and built SDL2 for wasm")
set(CASEAUDIT_DIST_DIR "${PROJECT_SOURCE_DIR}/dist" CACHE PATH
    "Where the web build puts the app to serve and the single-file app")

# ---------------------------------------------------------------------------
# [SECTION] Third-party locations
# ---------------------------------------------------------------------------
set(CASEAUDIT_IMGUI_DIR "${CASEAUDIT_DEPS_DIR}/imgui")
set(CASEAUDIT_HUNSPELL_DIR "${CASEAUDIT_DEPS_DIR}/hunspell-src")

# Header-only libraries from Debian packages. emcc must not see all of /usr/include (it
# would pick up glibc headers), so each one is exposed through a folder that holds only it.
function(ca_isolated_include out_var name system_path)
    set(dir "${CMAKE_BINARY_DIR}/isolated-include/${name}")
    if(NOT EXISTS "${dir}/${name}")
        if(NOT EXISTS "${system_path}")
            message(FATAL_ERROR "${system_path} not found: run scripts/setup.sh")
        endif()
        file(MAKE_DIRECTORY "${dir}")
        file(CREATE_LINK "${system_path}" "${dir}/${name}" SYMBOLIC)
    endif()
    set(${out_var} "${dir}" PARENT_SCOPE)
endfunction()
ca_isolated_include(CASEAUDIT_JSON_INCLUDE nlohmann /usr/include/nlohmann)
ca_isolated_include(CASEAUDIT_CATCH2_INCLUDE catch2 /usr/include/catch2)

add_library(ca_nlohmann_json INTERFACE)
target_include_directories(ca_nlohmann_json SYSTEM INTERFACE "${CASEAUDIT_JSON_INCLUDE}")

if(NOT EMSCRIPTEN)
    find_package(SDL2 QUIET)
    find_package(OpenGL QUIET)
    if(SDL2_FOUND AND OPENGL_FOUND AND EXISTS "${CASEAUDIT_IMGUI_DIR}/imgui.cpp")
        set(_desktop_default ON)
    else()
        set(_desktop_default OFF)
    endif()
    option(CASEAUDIT_DESKTOP "Build the desktop (SDL2 + OpenGL 3) version of the UI" ${_desktop_default})
endif()

# ---------------------------------------------------------------------------
# [SECTION] Warnings and sanitizers
# ---------------------------------------------------------------------------
# -Wnull-dereference is left out: GCC 12 reports it at -O2 inside nlohmann/json's own
# headers (a value() on a const json), where no null pointer can occur.
add_library(ca_warnings INTERFACE)
target_compile_options(ca_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
    -Wold-style-cast -Woverloaded-virtual -Wimplicit-fallthrough)
if(CASEAUDIT_WERROR)
    target_compile_options(ca_warnings INTERFACE -Werror)
endif()

if(CASEAUDIT_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "CASEAUDIT_FUZZ needs clang (libFuzzer): configure with CXX=clang++")
    endif()
    # Everything is instrumented for coverage; only the fuzz targets link libFuzzer's main.
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                        -fno-sanitize-recover=all)
    add_link_options(-fsanitize=address,undefined)
elseif(CASEAUDIT_SANITIZE AND NOT EMSCRIPTEN)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
    add_link_options(-fsanitize=address,undefined)
endif()

# ---------------------------------------------------------------------------
# [SECTION] Emscripten
# ---------------------------------------------------------------------------
if(EMSCRIPTEN)
    # Debian's emcc runs its JS optimiser with acorn from /usr/share/nodejs; the machine's
    # node may not be Debian's, so every compile and link gets NODE_PATH.
    set(CMAKE_C_COMPILER_LAUNCHER env NODE_PATH=/usr/share/nodejs)
    set(CMAKE_CXX_COMPILER_LAUNCHER env NODE_PATH=/usr/share/nodejs)
    set(CMAKE_C_LINKER_LAUNCHER env NODE_PATH=/usr/share/nodejs)
    set(CMAKE_CXX_LINKER_LAUNCHER env NODE_PATH=/usr/share/nodejs)
    # Errors are C++ exceptions in the core (nlohmann::json throws); Debian's LLVM 14 has
    # no wasm exception handling, so the JS-based kind is used. It costs a JS call per
    # possibly-throwing call, so the extract importer's hot files opt out (-fno-exceptions
    # in src/core/CMakeLists.txt and cmake/CaseAuditSimdjson.cmake).
    add_compile_options(-fexceptions)
    add_link_options(-fexceptions)
    # WebAssembly features every supported browser has had since 2020 (Chrome 75, Firefox 79,
    # Safari 15), off by default in Emscripten 3.1.6: bulk memory makes memcpy/memset single
    # instructions instead of a loop or, from 512 bytes, a call out to JavaScript (note text
    # is copied into the text store a note at a time: the import is 4-6% faster under node,
    # docs/performance.md); the other two drop the range checks around float-to-int
    # conversions and the shifts around sign extensions.
    set(CASEAUDIT_WASM_FEATURES -mbulk-memory -mnontrapping-fptoint -msign-ext)
    add_compile_options(${CASEAUDIT_WASM_FEATURES})
    add_link_options(${CASEAUDIT_WASM_FEATURES})
    # Emscripten 3.1.6's loader calls fetch() on a file path under node 18+.
    set(CASEAUDIT_NODE node --no-experimental-fetch)
endif()
