#!/usr/bin/env bash
# The kiosk's figures under Xvfb at 1280x720 (see bench/README.md): start to
# first frame on screen, resident memory on the attract screen, processor
# use while idle on the attract screen over 10 s, and the time of a full
# redraw of each busy screen. Figures, not a test.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/deps.sh xvfb xdotool
tools/build.sh build -DCMAKE_BUILD_TYPE=Release >/dev/null
bin=build/thickskin
runs=${RUNS:-10}

for d in $(seq 70 99); do
  if [ ! -e /tmp/.X11-unix/X$d ] && [ ! -e /tmp/.X$d-lock ]; then display=:$d; break; fi
done
Xvfb "$display" -screen 0 1280x720x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
export DISPLAY=$display

echo "== start to first frame on screen, full screen kiosk ($runs runs)"
for _ in $(seq "$runs"); do
  { THICKSKIN_TIMING=1 timeout 1 "$bin" 2>&1 || true; } |
    sed -n 's/.*first frame on screen after \([0-9.]*\) ms.*; \([0-9.]*\) ms of processor.*/\1 \2/p'
done >"${TMPDIR:-/tmp}/kiosk-start.txt"
summary() { sort -n | awk '{v[NR]=$1} END {printf "min %.1f ms, median %.1f ms, max %.1f ms\n", v[1], v[int((NR+1)/2)], v[NR]}'; }
echo "wall clock:     $(cut -d' ' -f1 "${TMPDIR:-/tmp}/kiosk-start.txt" | summary)"
echo "processor time: $(cut -d' ' -f2 "${TMPDIR:-/tmp}/kiosk-start.txt" | summary)"
rm -f "${TMPDIR:-/tmp}/kiosk-start.txt"

echo "== resident memory and idle processor on the attract screen"
"$bin" >/dev/null 2>&1 &
pid=$!
sleep 3
grep -E "VmRSS|VmHWM" /proc/$pid/status
hz=$(getconf CLK_TCK)
t1=$(awk '{print $14+$15}' /proc/$pid/stat)
sleep 10
t2=$(awk '{print $14+$15}' /proc/$pid/stat)
awk -v t=$((t2 - t1)) -v hz="$hz" 'BEGIN {printf "idle CPU over 10 s: %.2f %%\n", 100 * t / hz / 10}'
kill -TERM $pid
wait $pid || true

echo "== full redraw, software renderer, 1280x720 (processor time per frame)"
"$bin" kiosk --frame-bench --size 1280x720
