# MSVC x64, DLLs, release only: the installer ships release binaries, and building
# no debug half roughly halves vcpkg's build time and its binary cache.
# sqlcipher's port supports only DLLs ("windows & !static"), hence dynamic linkage.
set(VCPKG_TARGET_ARCHITECTURE x64)
set(VCPKG_CRT_LINKAGE dynamic)
set(VCPKG_LIBRARY_LINKAGE dynamic)
set(VCPKG_BUILD_TYPE release)
