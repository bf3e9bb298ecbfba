# zxcvbn-c 2.5 (Debian ships the same version as libzxcvbn-dev). vcpkg has no port.
#
# The archive is pinned by the SHA-256 conan-center-index records for it
# (recipes/zxcvbn/all/conandata.yml); it was not downloaded here, so no SHA-512
# could be computed for vcpkg_from_github. After a first successful build,
# `vcpkg hash <downloads>/zxcvbn-c-2.5.tar.gz` gives the SHA-512 to switch to
# vcpkg_from_github (docs/building-on-windows.md).
set(archive "${DOWNLOADS}/zxcvbn-c-2.5.tar.gz")
set(sha256 77d6c6ecb35952a8d8ce7f736b7a2bf466275c48210e309b73782d6b7e84dffd)
if(NOT EXISTS "${archive}")
    file(DOWNLOAD "https://github.com/tsyrogit/zxcvbn-c/archive/refs/tags/v2.5.tar.gz" "${archive}.part"
        EXPECTED_HASH SHA256=${sha256}
        TLS_VERIFY ON
        STATUS status)
    list(GET status 0 code)
    if(NOT code EQUAL 0)
        file(REMOVE "${archive}.part")
        message(FATAL_ERROR "Downloading zxcvbn-c 2.5 failed: ${status}")
    endif()
    file(RENAME "${archive}.part" "${archive}")
endif()
file(SHA256 "${archive}" actual)
if(NOT actual STREQUAL sha256)
    message(FATAL_ERROR "${archive} has SHA-256 ${actual}, expected ${sha256}")
endif()
vcpkg_extract_source_archive(SOURCE_PATH ARCHIVE "${archive}")

# Upstream 2.5 builds with a makefile only: our CMakeLists builds the same static library.
# No export macros in zxcvbn.h, so no DLL.
vcpkg_check_linkage(ONLY_STATIC_LIBRARY)
file(COPY "${CMAKE_CURRENT_LIST_DIR}/CMakeLists.txt" DESTINATION "${SOURCE_PATH}")

vcpkg_cmake_configure(SOURCE_PATH "${SOURCE_PATH}")
vcpkg_cmake_install()
vcpkg_cmake_config_fixup(PACKAGE_NAME zxcvbn CONFIG_PATH share/zxcvbn)
file(REMOVE_RECURSE "${CURRENT_PACKAGES_DIR}/debug/include" "${CURRENT_PACKAGES_DIR}/debug/share")
vcpkg_install_copyright(FILE_LIST "${SOURCE_PATH}/LICENSE.txt")
file(WRITE "${CURRENT_PACKAGES_DIR}/share/${PORT}/usage" [[
zxcvbn-c provides CMake targets:

    find_package(zxcvbn CONFIG REQUIRED)
    target_link_libraries(main PRIVATE zxcvbn::zxcvbn)   # #include <zxcvbn.h>
]])
