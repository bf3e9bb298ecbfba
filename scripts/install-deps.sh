#!/usr/bin/env bash
# Installs the Debian 12 packages CampusSec Ledger needs to build, test and package.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
    build-essential cmake ninja-build pkg-config git ca-certificates file \
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n \
    qt6-charts-dev libqt6opengl6-dev libgl-dev \
    qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev libqt6svg6 libqt6sql6-sqlite qtkeychain-qt6-dev \
    qt6-qpa-plugins \
    libsqlcipher-dev sqlcipher libsodium-dev libssl-dev \
    ieee-data libxlsxwriter-dev libminizip-dev zlib1g-dev \
    xvfb xauth dbus-x11 gnome-keyring libsecret-tools imagemagick \
    fonts-noto-cjk poppler-utils openssl nsis dpkg-dev \
    yamllint clang-14 libfuzzer-14-dev g++-mingw-w64-x86-64-posix
