#!/usr/bin/env bash
# Builds Thick Skin twice — optimised, and with AddressSanitizer and
# UndefinedBehaviorSanitizer — and runs the whole test suite on both.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/deps.sh xvfb xdotool imagemagick # the kiosk tests: a virtual display, input and window captures
tools/deps.sh jq                       # the workshop test reads journals and results
# The xAPI export is checked with an npm package run by Node.js (tests/xapi/).
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  tools/deps.sh nodejs npm
fi

echo "== release build"
tools/build.sh build -DCMAKE_BUILD_TYPE=Release
(cd build && ctest --output-on-failure -j 2)

echo "== sanitizer build (ASan + UBSan)"
tools/build.sh build-asan -DCMAKE_BUILD_TYPE=Debug -DTHICKSKIN_SANITIZE=ON
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
(cd build-asan && ctest --output-on-failure -j 2)
