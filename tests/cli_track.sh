#!/usr/bin/env bash
# thickskin check and tracks: a folder's tracks/ is checked along with its
# scenarios, a track named by its .json is resolved against the folder above
# its own, and an unknown scenario id fails the check with its place named.
set -u
bin=$1
failures=0
checks=0
expect() { # expect DESCRIPTION COMMAND…
  local what=$1
  shift
  checks=$((checks + 1))
  if "$@"; then echo "ok   $what"; else echo "FAIL $what"; failures=$((failures + 1)); fi
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/lib/tracks"
cp tests/data/worked-example.lua tests/data/inbox.lua "$tmp/lib/"
step() { printf '{"scenario": "%s", "pass": 60, "title": "T", "intro": "I"}' "$1"; }
printf '{"id": "good", "title": {"en": "Good", "it": "Buona"}, "steps": [%s, %s]}\n' \
  "$(step worked-example)" "$(step inbox)" >"$tmp/lib/tracks/good.json"

"$bin" check "$tmp/lib" >"$tmp/out.txt"
expect "check passes a folder whose track names its scenarios" test $? -eq 0
expect "check counts scenarios and tracks" grep -q "^2 scenarios and 1 track checked, 0 failed$" "$tmp/out.txt"
expect "check summarises the track" grep -q '^  good "Good" \[en\]: 2 steps$' "$tmp/out.txt"

"$bin" check "$tmp/lib/tracks/good.json" >"$tmp/out.txt"
expect "a track named by its file is resolved against the folder above" test $? -eq 0
expect "... and counted alone" grep -q "^0 scenarios and 1 track checked, 0 failed$" "$tmp/out.txt"

printf '{"id": "bad", "title": "Bad", "steps": [%s, %s]}\n' "$(step inbox)" "$(step page-refund)" \
  >"$tmp/lib/tracks/bad.json"
"$bin" check "$tmp/lib" >"$tmp/out.txt"
expect "an unknown scenario id fails the check" test $? -eq 1
expect "... naming the file, the step and the id" grep -qF \
  "$tmp/lib/tracks/bad.json: steps[1].scenario: unknown scenario 'page-refund' (there is no $tmp/lib/page-refund.lua)" \
  "$tmp/out.txt"
expect "... and the other track still passes" grep -q "^$tmp/lib/tracks/good.json: ok$" "$tmp/out.txt"

printf '{"id": "odd", "title": "Odd", "colour": "red", "steps": [%s]}\n' "$(step inbox)" >"$tmp/lib/tracks/bad.json"
"$bin" check "$tmp/lib/tracks/bad.json" >"$tmp/out.txt"
expect "an unknown key fails the check" grep -qF "bad.json: colour: unknown key (expected id, title, intro, steps)" \
  "$tmp/out.txt"

echo "$((checks - failures)) passed, $failures failed"
[ $failures -eq 0 ]
