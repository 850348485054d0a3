#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png: each main kiosk screen at 1280x720,
# drawn off screen by `thickskin kiosk --render-check` (no display needed).
# The admin screen shows a deliberately broken scenario and configuration.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/deps.sh imagemagick
tools/build.sh build -DCMAKE_BUILD_TYPE=Release
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/scenarios" "$tmp/shots"
cp scenarios/*.lua "$tmp/scenarios/"
printf 'return scenario {\n  id = "broken-example",\n  title = 42,\n}\n' >"$tmp/scenarios/zz-broken-example.lua"
printf '{ "idle_timeout_s": "soon", }\n' >"$tmp/kiosk.json"
# run from the temporary folder, so that the messages name short relative paths
bin=$PWD/build/thickskin
(cd "$tmp" && "$bin" kiosk --render-check shots --size 1280x720 --config kiosk.json --scenarios scenarios \
  >report.txt 2>&1) || { cat "$tmp/report.txt"; exit 1; }
mkdir -p docs/screenshots
for shot in attract identify home settings play-feed play-forum play-chat rules feedback debrief still-there pin admin \
  play-large; do
  convert "$tmp/shots/$shot-1280x720.bmp" -strip "docs/screenshots/$shot.png"
done
ls -l docs/screenshots
