# The MAC vendor table: the IEEE registries (MA-L, MA-M, MA-S, IAB) from
# Debian's ieee-data turned at build time by the host tool csl_ouigen
# (cmake/ouigen.cpp) into one sorted "HEX<TAB>Organisation" text, embedded
# compressed by rcc as ":/oui/oui.tsv" and read by csl::OuiTable.
# Nothing generated is committed; a newer ieee-data is picked up by rebuilding.

set(CSL_IEEE_DATA_DIR "/usr/share/ieee-data" CACHE PATH
    "Folder holding the IEEE registry CSVs oui.csv, mam.csv and oui36.csv (iab.csv optional)")

# Adds the table to @p target (a library or executable) as the resource ":/oui/oui.tsv".
function(csl_add_oui_table target)
    set(inputs)
    foreach(name oui.csv mam.csv oui36.csv)
        if(NOT EXISTS "${CSL_IEEE_DATA_DIR}/${name}")
            message(FATAL_ERROR
                "The MAC vendor table needs ${CSL_IEEE_DATA_DIR}/${name}, which does not exist.\n"
                "On Debian or Ubuntu install the package ieee-data (scripts/install-deps.sh does). "
                "Elsewhere download oui.csv, mam.csv and oui36.csv from https://standards-oui.ieee.org/ "
                "into one folder and configure with -DCSL_IEEE_DATA_DIR=<that folder>.")
        endif()
        list(APPEND inputs "${CSL_IEEE_DATA_DIR}/${name}")
    endforeach()
    if(EXISTS "${CSL_IEEE_DATA_DIR}/iab.csv")
        list(APPEND inputs "${CSL_IEEE_DATA_DIR}/iab.csv")
    endif()

    if(NOT TARGET csl_ouigen)
        add_executable(csl_ouigen "${PROJECT_SOURCE_DIR}/cmake/ouigen.cpp")
        target_compile_features(csl_ouigen PRIVATE cxx_std_17)
        set_target_properties(csl_ouigen PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
    endif()

    set(out_dir "${CMAKE_CURRENT_BINARY_DIR}/oui")
    set(out "${out_dir}/oui.tsv")
    add_custom_command(
        OUTPUT "${out}"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${out_dir}"
        COMMAND csl_ouigen "${out}" ${inputs}
        DEPENDS csl_ouigen ${inputs}
        COMMENT "MAC vendor table from ${CSL_IEEE_DATA_DIR}"
        VERBATIM)
    set_source_files_properties("${out}" PROPERTIES GENERATED TRUE)
    qt_add_resources(${target} csl_oui_table
        PREFIX "/oui"
        BASE "${out_dir}"
        FILES "${out}")
endfunction()
