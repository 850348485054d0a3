#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png: each main kiosk screen at 1280x720,
# drawn off screen by `thickskin kiosk --render-check` (no display needed).
# The admin screen shows a deliberately broken scenario and configuration;
# the records screens are drawn from made-up records (the render check's own
# data folder), and the certificate is also kept as the page it saves.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/deps.sh imagemagick
tools/build.sh build -DCMAKE_BUILD_TYPE=Release
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/scenarios" "$tmp/shots"
cp scenarios/*.lua "$tmp/scenarios/"
cp -r scenarios/tracks scenarios/cases "$tmp/scenarios/"
printf 'return scenario {\n  id = "broken-example",\n  title = 42,\n}\n' >"$tmp/scenarios/zz-broken-example.lua"
printf '{ "idle_timeout_s": "soon", }\n' >"$tmp/kiosk.json"
# run from the temporary folder, so that the messages name short relative paths
bin=$PWD/build/thickskin
(cd "$tmp" && "$bin" kiosk --render-check shots --size 1280x720 --config kiosk.json --scenarios scenarios \
  >report.txt 2>&1) || { cat "$tmp/report.txt"; exit 1; }
mkdir -p docs/screenshots
for shot in attract identify home settings play-feed play-forum play-chat rules feedback debrief still-there pin admin \
  play-large home-records onboarding progress certificate debrief-not-saved admin-records \
  home-cases case-play case-reveal case-alternative case-debrief case-debrief-chart \
  ws-code ws-lobby ws-question ws-waiting ws-reveal ws-reveal-case ws-setup ws-setup-resume \
  projector-lobby projector-question projector-reveal projector-reveal-case projector-board projector-results; do
  convert "$tmp/shots/$shot-1280x720.bmp" -strip "docs/screenshots/$shot.png"
done
convert "$tmp/shots/certificate-page-1280x720.bmp" -strip -resize 50% docs/screenshots/certificate-page.png
ls -l docs/screenshots
