# tests/xvfb.sh — sourced by the kiosk's tests under a virtual display.
# start_xvfb NAME: a display of its own, its number chosen by Xvfb itself
# (-displayfd), so that tests run side by side never race for one; the
# number in $display, the server's pid added to the caller's $pids, its log
# in $tmp/NAME.log.
start_xvfb() {
  Xvfb -displayfd 3 -screen 0 1280x720x24 -nolisten tcp 3>"$tmp/$1.display" >"$tmp/$1.log" 2>&1 &
  pids+=($!)
  display=""
  for _ in $(seq 50); do
    display=$(cat "$tmp/$1.display" 2>/dev/null)
    [ -n "$display" ] && [ -e "/tmp/.X11-unix/X$display" ] && return
    sleep 0.1
  done
  echo "FAIL Xvfb did not start: $(cat "$tmp/$1.log")"
  exit 1
}
