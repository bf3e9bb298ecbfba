#!/bin/sh
# Builds the release packages and proves the Debian one installs and runs.
#   scripts/package.sh [build-dir]        default: build/pkg
# Steps: configure (Release, no tests) and build; cpack -G DEB; cpack -G NSIS
# (makensis; on Linux the payload is the Linux build, on Windows the
# windeployqt-completed tree); then, when run as root on Debian, dpkg -i the
# package, run `campusledger --version` and `campusledger-cli --version` from
# /usr/bin, and dpkg -r it again. Set CSL_PACKAGE_NO_INSTALL=1 to skip that.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$root/build/pkg"}

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCSL_BUILD_TESTS=OFF
cmake --build "$build" -j2 --target campusledger campusledger-cli

cd "$build"
cpack -G DEB
deb=$(ls -t "$build"/campusledger_*_*.deb | head -n 1)
echo "== $deb"
dpkg-deb --info "$deb"
dpkg-deb --contents "$deb"

if command -v makensis >/dev/null 2>&1; then
    cpack -G NSIS
    exe=$(ls -t "$build"/CampusSecLedger-*-setup.exe | head -n 1)
    echo "== $exe ($(stat -c %s "$exe") bytes)"
fi

if [ "${CSL_PACKAGE_NO_INSTALL:-0}" != 1 ] && [ "$(id -u)" = 0 ] && command -v dpkg >/dev/null; then
    dpkg -i "$deb"
    trap 'dpkg -r campusledger >/dev/null' EXIT
    dpkg -s campusledger | grep -E '^(Status|Version|Depends):'
    # The GUI needs a platform to start; --version prints and exits.
    QT_QPA_PLATFORM=offscreen /usr/bin/campusledger --version
    /usr/bin/campusledger-cli --version
    test -f /usr/share/applications/campusledger.desktop
    test -f /usr/share/icons/hicolor/48x48/apps/campusledger.png
    echo "== installed, ran and checked; removing"
fi
