#!/usr/bin/env bash
# Compiles and links the Qt-free Windows units with mingw-w64 (Debian's g++-mingw-w64-x86-64-posix), so that
# an error only a Windows compiler sees fails CI here. There is no Qt for MinGW: each unit is linked into its
# console probe with the Win32 libraries it needs. Add a line to UNITS for a new unit.
set -euo pipefail
cd "$(dirname "$0")/.."
CXX="${MINGW_CXX:-x86_64-w64-mingw32-g++-posix}"
out=build/windows-units
mkdir -p "$out"

# "probe executable | sources | libraries"
UNITS=(
    "neighbours.exe|modules/devices/NeighbourTableWin.cpp modules/devices/NeighbourTableWinProbe.cpp|-liphlpapi -lws2_32"
)

if ! command -v "$CXX" >/dev/null; then
    echo "build-windows-units: $CXX is missing (apt-get install g++-mingw-w64-x86-64-posix)" >&2
    exit 1
fi
for unit in "${UNITS[@]}"; do
    IFS='|' read -r exe sources libs <<<"$unit"
    # shellcheck disable=SC2086 # word splitting of the lists is meant
    "$CXX" -std=c++20 -Wall -Wextra -Wpedantic -Werror -O2 -static -Imodules/devices \
        $sources $libs -o "$out/$exe"
    file "$out/$exe" | grep -q "PE32+ executable" || { echo "build-windows-units: $exe is not a Windows executable" >&2; exit 1; }
    echo "build-windows-units: $exe built ($sources)"
done
