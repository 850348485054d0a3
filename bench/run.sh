#!/usr/bin/env bash
# Builds an optimised tree and prints the core's and the workshop server's
# figures (see bench/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/deps.sh
tools/build.sh build -DCMAKE_BUILD_TYPE=Release
build/bench_core "${1:-scenarios}"
build/bench_workshop --participants 200
