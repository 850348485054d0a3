#!/usr/bin/env bash
# Every kiosk screen drawn off screen (SDL's dummy video driver, software
# renderer) at 1024x600, 1920x1080 and 1080x1920: no text larger than its
# box, no two targets on top of each other, no target under 48 px at 1080p
# scale, nothing off the screen. The images stay in the build folder
# (kiosk-render/) as artifacts, with the records the screens were drawn
# from (kiosk-render/data/).
set -u
bin=$1
out="$(cd "$(dirname "$bin")" && pwd)/kiosk-render"
rm -rf "$out"
mkdir -p "$out"
failures=0
if ! "$bin" kiosk --render-check "$out" >"$out/report.txt" 2>&1; then
  failures=1
fi
cat "$out/report.txt"
shots=$(ls "$out"/*.bmp 2>/dev/null | grep -vc certificate-page)
echo "$shots images in $out"
if [ "$shots" -lt 159 ]; then
  echo "FAIL expected 53 screens at 3 sizes, found $shots images"
  failures=$((failures + 1))
fi
# The certificate saved as an image: an A4 portrait page (1240x1754), one per size.
for page in "$out"/certificate-page-*.bmp; do
  size=$(od -An -t d4 -j 18 -N 8 "$page" 2>/dev/null | tr -s ' ' | sed 's/^ //')
  if [ "$size" != "1240 1754" ]; then
    echo "FAIL $page: expected a 1240x1754 page, found '$size'"
    failures=$((failures + 1))
  fi
done
if [ "$(ls "$out"/certificate-page-*.bmp 2>/dev/null | wc -l)" -ne 3 ]; then
  echo "FAIL the certificate was not saved as an image at every size"
  failures=$((failures + 1))
fi
if ! grep -q "^0 layout problems" "$out/report.txt"; then
  echo "FAIL the layout checks found problems"
  failures=$((failures + 1))
fi
# The test scenarios too (a page, an inbox, features of every kind), at one size.
mkdir -p "$out/test-data"
if ! "$bin" kiosk --render-check "$out/test-data" --scenarios tests/data --size 1280x720 >"$out/test-data/report.txt" 2>&1 ||
  ! grep -q "^0 layout problems" "$out/test-data/report.txt"; then
  cat "$out/test-data/report.txt"
  echo "FAIL the layout checks found problems with tests/data"
  failures=$((failures + 1))
fi
if [ ! -e "$out/test-data/play-page-1280x720.bmp" ]; then
  echo "FAIL no page scenario was drawn from tests/data"
  failures=$((failures + 1))
fi
# The other interface languages run longer: Italian on a portrait screen,
# Spanish on the smallest, every screen (the workshop's included).
for run in "it 1080x1920" "es 1024x600"; do
  set -- $run
  mkdir -p "$out/lang-$1"
  printf '{ "default_language": "%s" }\n' "$1" >"$out/lang-$1/kiosk.json"
  if ! "$bin" kiosk --render-check "$out/lang-$1" --config "$out/lang-$1/kiosk.json" --size "$2" \
    >"$out/lang-$1/report.txt" 2>&1 || ! grep -q "^0 layout problems" "$out/lang-$1/report.txt"; then
    grep -A4 "^FAIL" "$out/lang-$1/report.txt"
    echo "FAIL the layout checks found problems in $1 at $2"
    failures=$((failures + 1))
  fi
done
# A missing font is a clear message and exit status 1, never a crash.
THICKSKIN_ASSETS=/nonexistent "$bin" kiosk --render-check "$out" --size 1024x600 >/dev/null 2>"$out/nofont.txt"
status=$?
if [ $status -ne 1 ] || ! grep -q "/nonexistent/fonts/DejaVuSans.ttf: cannot open this font" "$out/nofont.txt"; then
  echo "FAIL a missing font should say which file (status $status): $(cat "$out/nofont.txt")"
  failures=$((failures + 1))
fi
# The terminal menu moved to 'thickskin menu'.
if ! printf '9\n' | "$bin" menu 2>&1 | grep -q "practice scenarios"; then
  echo "FAIL thickskin menu does not list the scenarios"
  failures=$((failures + 1))
fi
[ $failures -eq 0 ] && echo "all passed" || echo "$failures failed"
exit $((failures > 0))
