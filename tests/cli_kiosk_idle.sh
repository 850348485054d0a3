#!/usr/bin/env bash
# The idle reset end to end under Xvfb, with the shortest timeouts a
# configuration allows (10 s idle, 5 s "still there?"): a trainee types a
# name, plays one decision and walks away. "Still there?" appears; a key
# then keeps the session, on the screen it was on, without acting on it;
# left alone again, the kiosk goes back to the attract screen, records the
# attempt as abandoned with its decision, and shows nothing of the trainee:
# the attract screen, the empty "who are you?" and a guest's home are pixel
# for pixel those of a kiosk that has just started (a second kiosk, on a
# display of its own, with an empty data folder). Screens are compared as
# window captures (ImageMagick's import), never read by eye.
source "$(dirname "$0")/lib.sh"
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
for tool in Xvfb xdotool import; do
  if ! command -v $tool >/dev/null; then
    echo "FAIL $tool is missing: tools/deps.sh xvfb xdotool imagemagick installs it"
    exit 1
  fi
done
export LSAN_OPTIONS="suppressions=$PWD/tests/kiosk-lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null; done
  rm -rf "$tmp"
}
trap cleanup EXIT

. tests/xvfb.sh
start_xvfb trainee
d1=$display
start_xvfb fresh
d2=$display

mkdir -p "$tmp/scenarios" "$tmp/data" "$tmp/fresh"
cp tests/data/worked-example.lua "$tmp/scenarios/"
cat >"$tmp/kiosk.json" <<'EOF'
{
  "idle_timeout_seconds": 10,
  "still_there_seconds": 5,
  "languages": ["en"],
  "modes": ["practice"],
  "scenario_folders": ["scenarios"],
  "data_folder": "data",
  "fullscreen": false,
  "window": { "width": 1280, "height": 720 }
}
EOF
sed 's/"data"/"fresh"/' "$tmp/kiosk.json" >"$tmp/fresh.json"

# start_kiosk DISPLAY CONFIG: the kiosk as configured (not --window); its
# window id in $win.
start_kiosk() {
  DISPLAY=:$1 THICKSKIN_CONFIG=$2 "$bin" kiosk --seed 1 >>"$tmp/kiosk.log" 2>&1 &
  pids+=($!)
  win=$(DISPLAY=:$1 timeout 10 xdotool search --sync --onlyvisible --name "^Thick Skin$" | head -n 1)
}
# shot DISPLAY: a digest of the window's pixels.
shot() { import -display ":$1" -window "$win_of_display" rgb:- 2>/dev/null | md5sum | cut -c1-32; }
# settled DISPLAY: the digest once two captures in a row agree (animations done).
settled() {
  local last now
  last=$(win_of_display=${wins[$1]} shot "$1")
  for _ in $(seq 40); do
    sleep 0.15
    now=$(win_of_display=${wins[$1]} shot "$1")
    [ "$now" = "$last" ] && break
    last=$now
  done
  echo "$now"
}
# wait_until DISPLAY SECONDS is|not DIGEST: polls the window until it shows
# (or stops showing) that picture; prints the last digest seen.
wait_until() {
  local end=$((SECONDS + $2)) now
  while :; do
    now=$(win_of_display=${wins[$1]} shot "$1")
    if { [ "$3" = is ] && [ "$now" = "$4" ]; } || { [ "$3" = not ] && [ "$now" != "$4" ]; }; then break; fi
    [ $SECONDS -ge $end ] && break
    sleep 0.2
  done
  echo "$now"
}
declare -A wins
key() { DISPLAY=:$1 xdotool key "${@:2}"; sleep 0.3; }

# The trainee's kiosk.
start_kiosk "$d1" "$tmp/kiosk.json"
wins[$d1]=$win
expect "the configured kiosk opens its window" test -n "${wins[$d1]}"
DISPLAY=:$d1 xdotool mousemove --window "${wins[$d1]}" 640 360 click 1
sleep 0.4
DISPLAY=:$d1 xdotool type --delay 40 "Zebulon Quist"
named_identify=$(settled "$d1")
key "$d1" Return                                   # start
named_home=$(settled "$d1")
key "$d1" shift+Tab                                # backwards from nothing: the last card, the only scenario
key "$d1" Return                                   # play it
key "$d1" 3                                        # the first decision: reply 3
feedback=$(settled "$d1")
idle_from=$SECONDS

# Meanwhile, a kiosk that has just started, for the pictures to match.
start_kiosk "$d2" "$tmp/fresh.json"
wins[$d2]=$win
fresh_attract=$(settled "$d2")
DISPLAY=:$d2 xdotool mousemove --window "${wins[$d2]}" 640 360 click 1
sleep 0.3
fresh_identify=$(settled "$d2")
key "$d2" Return                                   # Enter with no name: as a guest
fresh_home=$(settled "$d2")
expect "the identify screen with the name typed differs from the empty one" test "$named_identify" != "$fresh_identify"
expect "the home greeting with the name differs from a guest's" test "$named_home" != "$fresh_home"

still=$(wait_until "$d1" 14 not "$feedback")
asked_after=$((SECONDS - idle_from))
expect "'still there?' covers the feedback screen after the idle timeout (${asked_after} s)" \
  test "$still" != "$feedback" -a "$asked_after" -ge 9
key "$d1" Return                                   # any key: still here
expect "a key during 'still there?' keeps the session, on the same screen, untouched" \
  test "$(settled "$d1")" = "$feedback"
expect "nothing was recorded while the session went on" test ! -s "$tmp/data/attempts.jsonl"
idle_from=$SECONDS

after=$(wait_until "$d1" 20 is "$fresh_attract")
reset_after=$((SECONDS - idle_from))
expect "left alone again, the kiosk is back on the attract screen (${reset_after} s)" \
  test "$after" = "$fresh_attract" -a "$reset_after" -ge 13
journal=$tmp/data/attempts.jsonl
line=$(cat "$journal" 2>/dev/null)
expect "one attempt was recorded" test "$(wc -l <"$journal" 2>/dev/null)" = 1
expect "it is Zebulon Quist's worked-example" \
  grep -q '"trainee":"Zebulon Quist",.*"scenario":"worked-example"' <<<"$line"
expect "it is abandoned, not finished" grep -q '"finished":false' <<<"$line"
expect "it holds the one decision taken, reply 3" \
  test "$(grep -o '"choice":[0-9-]*' <<<"$line")" = '"choice":3'

DISPLAY=:$d1 xdotool mousemove --window "${wins[$d1]}" 640 360 click 1
sleep 0.3
expect "the next 'who are you?' is exactly a fresh one: the name field is empty" \
  test "$(settled "$d1")" = "$fresh_identify"
key "$d1" Return
expect "the next home is exactly a fresh guest's: no greeting by the last name" \
  test "$(settled "$d1")" = "$fresh_home"
expect "the kiosk is still running" kill -0 "${pids[2]}"
finish || { cat "$tmp/kiosk.log"; false; }
