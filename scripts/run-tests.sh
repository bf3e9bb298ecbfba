#!/usr/bin/env bash
# Builds everything and runs every test: GUI tests in a real X server (Xvfb),
# keychain tests against gnome-keyring on a private session bus.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset ci
cmake --build --preset ci -j"$(nproc)"
# The Qt-free Windows units, compiled and linked with mingw-w64: a Windows-only error fails here.
scripts/build-windows-units.sh
export HOME="$(mktemp -d)"
export CSL_TEST_QPA=xcb
xvfb-run -a -s "-screen 0 1280x800x24" \
    dbus-run-session -- sh -c 'echo -n "test-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null;
        exec ctest --test-dir build/ci --output-on-failure --no-tests=error -j2'
# Each libFuzzer target for 60 seconds (CSV, XLSX, neighbour table and arp-scan, sync wire); a crash fails.
# CSL_FUZZ_SECONDS=0 skips them (a quick local run).
if [ "${CSL_FUZZ_SECONDS:-60}" != 0 ]; then
    scripts/fuzz.sh "${CSL_FUZZ_SECONDS:-60}"
fi
