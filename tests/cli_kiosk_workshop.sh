#!/usr/bin/env bash
# A workshop with a kiosk in the room, under Xvfb: a headless facilitator
# waiting for three, two bots, and a kiosk driven with xdotool that joins
# by keys (the code, then the address when discovery is not used) and
# answers every decision of the room with the number key 1. The kiosk's
# record must carry the session and agree with the facilitator's record of
# its seat. A shipped scenario, which the bots find by themselves.
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
for tool in Xvfb xdotool; do
  if ! command -v $tool >/dev/null; then
    echo "FAIL $tool is missing: tools/deps.sh xvfb xdotool installs it"
    exit 1
  fi
done
export LSAN_OPTIONS="suppressions=$PWD/tests/kiosk-lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
tmp=$(mktemp -d)
pids=()
cleanup() {
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
start_xvfb room
export DISPLAY=:$display

# A port of our own, and discovery on another, so nothing else on the machine answers.
port=$((20000 + ($$ % 20000)))
mkdir "$tmp/scenarios"
cp scenarios/late-parcel.lua "$tmp/scenarios/"
"$bin" facilitate --headless --port "$port" --code K4MPT --expect 3 --discovery-port $((port + 1)) \
  --data "$tmp/room" scenarios/late-parcel.lua >"$tmp/facil.out" 2>"$tmp/facil.err" &
facil_pid=$!
pids+=($facil_pid)
for _ in $(seq 50); do
  grep -q "listening" "$tmp/facil.out" 2>/dev/null && break
  sleep 0.1
done
sid=$(grep -o 'session [0-9a-f-]*' "$tmp/facil.out" | head -n 1 | cut -d' ' -f2)
expect "the facilitator listens (session '$sid')" test -n "$sid"
for b in 1 2; do
  "$bin" bot --join "127.0.0.1:$port" --code K4MPT --strategy best --name "Bot $b" >"$tmp/bot$b.log" 2>&1 &
  pids+=($!)
done

"$bin" --window --scenarios "$tmp/scenarios" --data "$tmp/kiosk" --seed 1 --size 1280x720 >"$tmp/kiosk.log" 2>&1 &
kiosk_pid=$!
pids+=($kiosk_pid)
win=$(timeout 10 xdotool search --sync --onlyvisible --name "^Thick Skin$" | head -n 1)
expect "the kiosk's window appears" test -n "$win"
step() { sleep 0.5; }
xdotool mousemove --window "$win" 640 360 click 1; step   # attract: touch to start
xdotool type --delay 60 "Ada"; step                       # who are you: a name
xdotool key Return; step                                  # start
xdotool key Tab Return; step                              # home: Join a workshop, the first button
xdotool type --delay 60 "k4mpt"; step                     # the code, in any case
xdotool key Return; step                                  # join: looking for the workshop…
xdotool key Tab Return; step                              # Enter the address
xdotool type --delay 40 "127.0.0.1:$port"; step
xdotool key Return                                        # connect; the facilitator starts with three
for _ in $(seq 120); do                                   # reply 1 to each decision as it opens (a key on the
  kill -0 "$facil_pid" 2>/dev/null || break               # lobby, the wait or the reveal does nothing)
  xdotool key 1
  sleep 0.5
done
expect "the facilitator ended the session" grep -q '"seats":3' "$tmp/facil.out"
expect "it recorded the three seats" test "$(wc -l <"$tmp/room/attempts.jsonl" 2>/dev/null)" = 3
sleep 1

line=$(cat "$tmp/kiosk/attempts.jsonl" 2>/dev/null)
expect "the kiosk recorded one attempt" test "$(wc -l <"$tmp/kiosk/attempts.jsonl" 2>/dev/null)" = 1
expect "it is a workshop attempt of the session" grep -q "\"mode\":\"workshop\".*\"session\":\"$sid\"" <<<"$line"
expect "every decision was answered, none left to silence" \
  test "$(grep -o '"choice":[0-9]*' <<<"$line" | grep -vc '"choice":0')" -ge 3
id=$(grep -o '"id":"[0-9a-f-]*"' <<<"$line" | head -n 1)
theirs=$(grep -F "$id" "$tmp/room/attempts.jsonl" 2>/dev/null)
expect "the facilitator holds the same attempt ($id)" test -n "$theirs"
for field in '"choice":[0-9]*' '"overall":[0-9.]*' '"trainee":"[^"]*"'; do
  mine=$(grep -o "$field" <<<"$line" | tr '\n' ' ')
  room=$(grep -o "$field" <<<"$theirs" | tr '\n' ' ')
  expect "both records agree on $field ($mine)" test "$mine" = "$room"
done
kill -TERM "$kiosk_pid"
wait "$kiosk_pid"
status=$?
expect "the kiosk ends cleanly (status $status)" test "$status" -eq 0
[ $failures -eq 0 ] && echo "all passed" || {
  echo "$failures failed"
  cat "$tmp/kiosk.log" "$tmp/facil.err"
}
exit $((failures > 0))
