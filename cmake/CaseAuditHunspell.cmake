# ca_hunspell: hunspell 1.7.1 from the Debian source package (unpacked by scripts/setup.sh
# into ${CASEAUDIT_DEPS_DIR}/hunspell-src), the spell checker of the recording-quality
# assistant (src/core/text/). Third-party code: built without ca_warnings and with -w.
#
# Hunspell 1.7.1 reads its .aff and .dic files only through its internal class FileMgr
# (std::ifstream, or the .hz reader), and has no in-memory API. The web app has no file
# system (-sFILESYSTEM=0) and the British English dictionary is compiled into the binary,
# so hunspell's own filemgr.cxx is left out and src/hunspell_glue/memory_filemgr.cpp, our
# own implementation of the same header, serves files registered from memory (and real
# files otherwise). Hunspell's sources are not modified and nothing is copied from them.
# See src/hunspell_glue/memory_files.h for the reasons and the alternatives weighed.
set(CASEAUDIT_HUNSPELL_SRC "${CASEAUDIT_DEPS_DIR}/hunspell-src/src/hunspell")
if(NOT EXISTS "${CASEAUDIT_HUNSPELL_SRC}/hunspell.cxx")
    message(FATAL_ERROR "${CASEAUDIT_HUNSPELL_SRC}/hunspell.cxx not found: run scripts/setup.sh")
endif()
file(GLOB _ca_hunspell_sources "${CASEAUDIT_HUNSPELL_SRC}/*.cxx")
list(REMOVE_ITEM _ca_hunspell_sources "${CASEAUDIT_HUNSPELL_SRC}/filemgr.cxx")
add_library(ca_hunspell STATIC ${_ca_hunspell_sources}
    "${PROJECT_SOURCE_DIR}/src/hunspell_glue/memory_filemgr.cpp")
# hunvisapi.h ships with the source; HUNSPELL_STATIC makes its export macro empty.
target_compile_definitions(ca_hunspell PUBLIC HUNSPELL_STATIC)
target_include_directories(ca_hunspell SYSTEM PUBLIC "${CASEAUDIT_HUNSPELL_SRC}")
target_include_directories(ca_hunspell PUBLIC "${PROJECT_SOURCE_DIR}/src")
# Our glue file gets the project's warnings; hunspell's own files get none (-w wins).
target_link_libraries(ca_hunspell PRIVATE ca_warnings)
if(EMSCRIPTEN)
    # Hunspell neither throws nor catches, nor does our glue: in wasm they are built without
    # exception support, like the importer and the text checks (see src/core/CMakeLists.txt),
    # so em++ calls directly instead of through a JS trampoline (dictionary load and
    # suggestions). Only std::bad_alloc could pass through, and nothing catches it anywhere.
    # Hunspell keeps some statics thread_local. The app is single-threaded, so em++ lowers
    # them to plain globals, except in an object built with bulk memory (a feature the rest
    # of the wasm build uses, cmake/CaseAuditOptions.cmake) but without threads, which
    # wasm-ld 14 then refuses to link; so hunspell is built without bulk memory.
    set_source_files_properties(${_ca_hunspell_sources} PROPERTIES COMPILE_OPTIONS
        "-w;-fno-exceptions;-mno-bulk-memory")
    set_source_files_properties("${PROJECT_SOURCE_DIR}/src/hunspell_glue/memory_filemgr.cpp"
        PROPERTIES COMPILE_OPTIONS -fno-exceptions)
else()
    set_source_files_properties(${_ca_hunspell_sources} PROPERTIES COMPILE_OPTIONS "-w")
endif()
set_target_properties(ca_hunspell PROPERTIES POSITION_INDEPENDENT_CODE ON)
if(CMAKE_BUILD_TYPE STREQUAL "Debug")
    # Loading the 97,000-stem dictionary takes seconds unoptimised; keep hunspell at -O2 in
    # Debug builds so the unit tests stay quick.
    target_compile_options(ca_hunspell PRIVATE -O2)
endif()
