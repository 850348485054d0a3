#!/usr/bin/env bash
# Builds Thick Skin (installing missing packages) and runs it.
# Arguments are passed on: tools/run.sh check, tools/run.sh play late-parcel …
set -euo pipefail
cd "$(dirname "$0")/.."
tools/deps.sh
tools/build.sh build -DCMAKE_BUILD_TYPE=Release
exec build/thickskin "$@"
