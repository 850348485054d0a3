#!/usr/bin/env bash
# The kiosk end to end under Xvfb: start it in a window, touch the attract
# screen, type a name, pick the scenario with the keyboard, answer with the
# number keys, and check the attempt the kiosk recorded in the journal of its
# data folder (--data) against `thickskin play` with the same replies.
# Escape must not leave; SIGTERM must end it cleanly.
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
for tool in Xvfb xdotool; do
  if ! command -v $tool >/dev/null; then
    echo "FAIL $tool is missing: tools/deps.sh xvfb xdotool installs it"
    exit 1
  fi
done
# SDL's X11 driver loads D-Bus and Xlib, whose own allocations LeakSanitizer
# would report in the sanitizer build.
export LSAN_OPTIONS="suppressions=$PWD/tests/kiosk-lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
tmp=$(mktemp -d)
pids=()
kiosk_pid=""
cleanup() {
  [ -n "$kiosk_pid" ] && kill "$kiosk_pid" 2>/dev/null
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
  rm -rf "$tmp"
}
trap cleanup EXIT
failures=0
expect() { # expect DESCRIPTION COMMAND…
  local what=$1
  shift
  if "$@"; then echo "ok   $what"; else echo "FAIL $what"; failures=$((failures + 1)); fi
}

. tests/xvfb.sh
start_xvfb kiosk
export DISPLAY=:$display

mkdir "$tmp/scenarios"
cp tests/data/worked-example.lua "$tmp/scenarios/"
journal=$tmp/data/attempts.jsonl
"$bin" --window --scenarios "$tmp/scenarios" --data "$tmp/data" --seed 1 --size 1280x720 >"$tmp/kiosk.log" 2>&1 &
kiosk_pid=$!
win=$(timeout 10 xdotool search --sync --onlyvisible --name "^Thick Skin$" | head -n 1)
expect "the window 'Thick Skin' appears" test -n "$win"
step() { sleep 0.4; }

xdotool mousemove --window "$win" 640 360 click 1; step   # attract: touch to start
xdotool type --delay 60 "Ada"; step                       # who are you: a name
xdotool key Return; step                                  # start
for _ in 1 2 3 4 5 6 7; do xdotool key Tab; done; step    # join a workshop, settings, finish, my progress, two chips, the card
xdotool key Return; step                                  # play it
xdotool key 3; step                                       # first decision: reply 3
xdotool key Return; step                                  # feedback: continue
xdotool key 2; step                                       # second decision: reply 2
xdotool key Return; step                                  # feedback: on to the debrief
xdotool key Escape; step
expect "Escape does not leave the kiosk" kill -0 "$kiosk_pid"

expect "one attempt was recorded in the journal" test "$(wc -l <"$journal" 2>/dev/null)" = 1
line=$(cat "$journal" 2>/dev/null)
expect "the attempt is worked-example" grep -q '"scenario":"worked-example"' <<<"$line"
expect "it is Ada's, in practice mode, seed 1, in English" \
  grep -q '"trainee":"Ada",.*"mode":"practice","seed":"1","lang":"en"' <<<"$line"
expect "the replies were 3 then 2" grep -q '"choice":3,.*"choice":2,' <<<"$line"
expect "the play finished" grep -q '"finished":true' <<<"$line"
expect "thickskin records reads it back" grep -Eq '^ +Ada +1$' <<<"$("$bin" records --data "$tmp/data")"
ref=$("$bin" play tests/data/worked-example.lua --choices 3,2 --json | tr -d ' \t\n')
for axis in empathy policy; do
  want=$(grep -o "\"$axis\":[0-9.]*" <<<"$ref" | head -n 1)
  expect "$axis matches thickskin play ($want)" grep -q "$want" <<<"$line"
done
expect "the ending matches thickskin play" grep -q "$(grep -o '"outcome":"[a-z]*"' <<<"$ref")" <<<"$line"

# Staff: hold the top-left corner for three seconds, the PIN, Exit kiosk.
xdotool mousemove --window "$win" 8 8 mousedown 1
sleep 3.4
xdotool mouseup 1; step
xdotool type --delay 60 "2468"; xdotool key Return; step
xdotool key shift+Tab; step                               # backwards from nothing: the last button, Exit kiosk
xdotool key Return
for _ in $(seq 30); do kill -0 "$kiosk_pid" 2>/dev/null || break; sleep 0.1; done
wait "$kiosk_pid"
status=$?
kiosk_pid=""
expect "the corner gesture, the PIN and Exit kiosk end it (status $status)" test "$status" -eq 0

"$bin" --window --scenarios "$tmp/scenarios" >>"$tmp/kiosk.log" 2>&1 &
kiosk_pid=$!
timeout 10 xdotool search --sync --onlyvisible --name "^Thick Skin$" >/dev/null
kill -TERM "$kiosk_pid"
wait "$kiosk_pid"
status=$?
kiosk_pid=""
expect "SIGTERM ends the kiosk cleanly (status $status)" test "$status" -eq 0
[ $failures -eq 0 ] && echo "all passed" || { echo "$failures failed"; cat "$tmp/kiosk.log"; }
exit $((failures > 0))
