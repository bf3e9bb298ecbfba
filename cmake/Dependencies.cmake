# The one place that finds CampusSec Ledger's third-party packages.
#
# The rest of the build links these names, the same on every platform:
#   Qt6::<Module>          Qt 6 (its CMake package everywhere)
#   qt6keychain            QtKeychain                    #include <qt6keychain/keychain.h>
#   PkgConfig::SQLCIPHER   SQLCipher                     #include <sqlcipher/sqlite3.h>
#   PkgConfig::SODIUM      libsodium                     #include <sodium.h>
#   PkgConfig::XLSXWRITER  libxlsxwriter                 #include <xlsxwriter.h>
#   PkgConfig::MINIZIP     minizip                       #include <minizip/unzip.h>
#   OpenSSL::Crypto        OpenSSL's libcrypto (SHA-256 of the journal)
#   ZLIB::ZLIB             zlib (also ZLIB_LIBRARIES / ZLIB_INCLUDE_DIRS)
# Found when present, for the registers to come (not required yet):
#   ZXing::ZXing           ZXing-C++ (only modules/core/BarcodeReader may include it:
#                          Debian has 1.4, vcpkg 2.x; docs/building-on-windows.md)
#   zxcvbn::zxcvbn         zxcvbn-c (Debian libzxcvbn-dev; vcpkg: our overlay port)
#   PkgConfig::QRENCODE    libqrencode           PkgConfig::LIBICAL  libical
#
# Two ways to find them (CSL_DEPENDENCIES):
#   pkg-config  Debian 12 and other Linux distributions: the C libraries ship
#               .pc files and no CMake packages (PkgConfig::* are pkg-config's
#               own imported targets).
#   cmake       vcpkg (the Windows build, docs/building-on-windows.md): the CMake
#               packages vcpkg installs, wrapped in INTERFACE IMPORTED targets
#               under the names above.
# The default is cmake under the vcpkg toolchain and pkg-config otherwise.

if(DEFINED VCPKG_TOOLCHAIN OR DEFINED VCPKG_TARGET_TRIPLET)
    set(csl_default_dependencies cmake)
else()
    set(csl_default_dependencies pkg-config)
endif()
set(CSL_DEPENDENCIES "${csl_default_dependencies}" CACHE STRING
    "How third-party C libraries are found: pkg-config (Debian) or cmake (vcpkg)")
set_property(CACHE CSL_DEPENDENCIES PROPERTY STRINGS pkg-config cmake)

# --- Found the same way everywhere ----------------------------------------------
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Sql Network PrintSupport Svg LinguistTools Test HttpServer)
# The journal's SHA-256 (the CPU's SHA extensions, where it has them).
find_package(OpenSSL 3 REQUIRED COMPONENTS Crypto)
find_package(ZLIB REQUIRED)
find_package(Qt6Keychain REQUIRED)
# QtKeychain 0.13 (Debian 12) exports "qt6keychain"; 0.14 and later "Qt6Keychain::Qt6Keychain".
if(NOT TARGET qt6keychain)
    if(NOT TARGET Qt6Keychain::Qt6Keychain)
        message(FATAL_ERROR "Qt6Keychain was found but defines neither qt6keychain nor Qt6Keychain::Qt6Keychain")
    endif()
    add_library(qt6keychain INTERFACE IMPORTED GLOBAL)
    target_link_libraries(qt6keychain INTERFACE Qt6Keychain::Qt6Keychain)
endif()

# csl_wrap(<name> <candidate target>...): the INTERFACE IMPORTED target <name>
# standing for the first candidate that exists; false in <name>_FOUND otherwise.
function(csl_wrap name)
    foreach(candidate IN LISTS ARGN)
        if(TARGET ${candidate})
            add_library(${name} INTERFACE IMPORTED GLOBAL)
            target_link_libraries(${name} INTERFACE ${candidate})
            set(${name}_FOUND TRUE PARENT_SCOPE)
            return()
        endif()
    endforeach()
    set(${name}_FOUND FALSE PARENT_SCOPE)
endfunction()

# csl_find_plain(<name> HEADER <file> NAMES <library names>...): an imported target for a C
# library with neither a CMake package nor a .pc file (zxcvbn-c on Debian).
function(csl_find_plain name)
    cmake_parse_arguments(F "" "HEADER" "NAMES" ${ARGN})
    string(MAKE_C_IDENTIFIER "${name}" var)
    find_path(CSL_${var}_INCLUDE_DIR ${F_HEADER})
    find_library(CSL_${var}_LIBRARY NAMES ${F_NAMES})
    if(CSL_${var}_INCLUDE_DIR AND CSL_${var}_LIBRARY)
        add_library(${name} UNKNOWN IMPORTED GLOBAL)
        set_target_properties(${name} PROPERTIES
            IMPORTED_LOCATION "${CSL_${var}_LIBRARY}"
            INTERFACE_INCLUDE_DIRECTORIES "${CSL_${var}_INCLUDE_DIR}")
    endif()
endfunction()

if(CSL_DEPENDENCIES STREQUAL "pkg-config")
    find_package(PkgConfig REQUIRED)
    pkg_check_modules(SQLCIPHER REQUIRED IMPORTED_TARGET GLOBAL sqlcipher)
    pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET GLOBAL libsodium)
    pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET GLOBAL xlsxwriter)
    pkg_check_modules(MINIZIP REQUIRED IMPORTED_TARGET GLOBAL minizip)
    # Optional, for the registers to come.
    find_package(ZXing QUIET)
    pkg_check_modules(QRENCODE QUIET IMPORTED_TARGET GLOBAL libqrencode)
    pkg_check_modules(LIBICAL QUIET IMPORTED_TARGET GLOBAL libical)
    csl_find_plain(zxcvbn::zxcvbn HEADER zxcvbn.h NAMES zxcvbn)
elseif(CSL_DEPENDENCIES STREQUAL "cmake")
    # Names as the vcpkg ports install them (their "usage" files); older and newer
    # spellings both, so a baseline update does not break the build.
    find_package(sqlcipher CONFIG QUIET)
    find_package(unofficial-sqlcipher CONFIG QUIET)
    csl_wrap(PkgConfig::SQLCIPHER sqlcipher::sqlcipher unofficial::sqlcipher::sqlcipher)
    find_package(unofficial-sodium CONFIG QUIET)
    csl_wrap(PkgConfig::SODIUM unofficial-sodium::sodium)
    find_package(xlsxwriter CONFIG QUIET)
    csl_wrap(PkgConfig::XLSXWRITER xlsxwriter::xlsxwriter)
    if(NOT PkgConfig::XLSXWRITER_FOUND)
        # libxlsxwriter's port installs no CMake package in every version: the header and the library.
        csl_find_plain(PkgConfig::XLSXWRITER HEADER xlsxwriter.h NAMES xlsxwriter)
        set(PkgConfig::XLSXWRITER_FOUND TRUE)
    endif()
    find_package(unofficial-minizip CONFIG QUIET)
    csl_wrap(PkgConfig::MINIZIP unofficial::minizip::minizip)
    foreach(required PkgConfig::SQLCIPHER PkgConfig::SODIUM PkgConfig::XLSXWRITER PkgConfig::MINIZIP)
        if(NOT TARGET ${required})
            message(FATAL_ERROR "${required}: no CMake package found for it. Is vcpkg.json's dependency installed "
                                "(cmake --preset win-msvc runs vcpkg install)?")
        endif()
    endforeach()
    # Optional, for the registers to come.
    find_package(ZXing CONFIG QUIET)
    find_package(zxcvbn CONFIG QUIET)
    find_package(libqrencode CONFIG QUIET)
    csl_wrap(PkgConfig::QRENCODE libqrencode::qrencode qrencode)
    find_package(LibIcal CONFIG QUIET)
    csl_wrap(PkgConfig::LIBICAL ical)
else()
    message(FATAL_ERROR "CSL_DEPENDENCIES must be pkg-config or cmake, not \"${CSL_DEPENDENCIES}\"")
endif()

message(STATUS "Dependencies found by ${CSL_DEPENDENCIES}")
