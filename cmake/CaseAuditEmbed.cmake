# ca_embed_files(TARGET target NAMESPACE ns FILES name1 path1 [name2 path2 ...])
#
# Compiles files into `target` so that the app works from one .html file with no file
# system and no network: generates <ns>.h declaring `std::string_view ns::find(name)` and
# a .cpp holding each file as a string literal (faster to compile than a list of numbers).
# The generated header is found as "embedded/<ns>.h".
function(ca_embed_files)
    cmake_parse_arguments(ARG "" "TARGET;NAMESPACE" "FILES" ${ARGN})
    set(out_dir "${CMAKE_CURRENT_BINARY_DIR}/embedded")
    set(out_cpp "${out_dir}/${ARG_NAMESPACE}.cpp")
    set(out_h "${out_dir}/embedded/${ARG_NAMESPACE}.h")
    set(entries "")
    set(deps "")
    list(LENGTH ARG_FILES n)
    math(EXPR last "${n} - 1")
    foreach(i RANGE 0 ${last} 2)
        math(EXPR j "${i} + 1")
        list(GET ARG_FILES ${i} name)
        list(GET ARG_FILES ${j} path)
        list(APPEND entries "${name}=${path}")
        list(APPEND deps "${path}")
    endforeach()
    string(REPLACE ";" "|" entries_arg "${entries}")
    add_custom_command(
        OUTPUT "${out_cpp}" "${out_h}"
        COMMAND ${CMAKE_COMMAND} -DOUT_CPP=${out_cpp} -DOUT_H=${out_h}
                -DNS=${ARG_NAMESPACE} "-DENTRIES=${entries_arg}"
                -P "${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake"
        DEPENDS ${deps} "${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake"
        COMMENT "Embedding ${ARG_NAMESPACE} (${n} arguments)"
        VERBATIM)
    # One literal per file is far longer than the 65,536 characters ISO C++ promises; GCC and
    # Clang take it, so the pedantic warning about it is turned off for this file alone.
    set_source_files_properties("${out_cpp}" PROPERTIES COMPILE_OPTIONS "-Wno-overlength-strings")
    target_sources(${ARG_TARGET} PRIVATE "${out_cpp}")
    target_include_directories(${ARG_TARGET} PUBLIC "${out_dir}")
endfunction()
