#!/usr/bin/env bash
# The scenario template for trainers (docs/scenario-template.lua) must pass
# check as it is, with no warning, and meet the library's quality gate: the
# best strategy passes with at least 90, the worst fails. A copy renamed to
# its own id must pass too, since that is how trainers start.
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
template=docs/scenario-template.lua

"$bin" check "$template" >"$tmp/check.txt"
expect "check passes the template" test $? -eq 0
expect "check gives the template no warning" test "$(grep -c '^warning:' "$tmp/check.txt")" -eq 0
expect "check reports the template ok" grep -q "^$template: ok$" "$tmp/check.txt"

"$bin" play "$template" --strategy best --json >"$tmp/best.json"
expect "the template's best play passes" grep -q '"pass":	true' "$tmp/best.json"
expect "the template's best play scores at least 90" \
  awk -F'\t' '/"overall":/ { gsub(/[^0-9.]/, "", $NF); exit !($NF + 0 >= 90) }' "$tmp/best.json"
"$bin" play "$template" --strategy worst --json >"$tmp/worst.json"
expect "the template's worst play fails" grep -q '"pass":	false' "$tmp/worst.json"

sed 's/id = "scenario-template"/id = "my-first"/' "$template" >"$tmp/my-first.lua"
"$bin" check "$tmp/my-first.lua" >"$tmp/copy.txt"
expect "a renamed copy of the template passes check" test $? -eq 0

echo "$((checks - failures)) passed, $failures failed"
[ $failures -eq 0 ]
