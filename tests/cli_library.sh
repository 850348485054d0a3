#!/usr/bin/env bash
# The quality gate of the scenario library, played through the command line:
# for every scenario in scenarios/, the best strategy passes with an overall
# score of at least 90 and the worst strategy fails, whatever the seed; and
# for the scenarios in the table below, a plausible bad path (the tempting
# wrong answers a new hire would really pick) fails too. What the library
# covers (archetypes, channels, languages, tracks) is test_library's job.
source tests/lib.sh

# The overall score and the pass flag of a --json result.
overall() { awk -F'\t' '/"overall":/ { gsub(/[^0-9.]/, "", $NF); print $NF; exit }' "$1"; }
passed() { grep -q '"pass":	true' "$1"; }
failed() { grep -q '"pass":	false' "$1"; }
at_least() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a + 0 >= b + 0) }'; }

# A plausible bad path per scenario: id, then the moves (as --choices takes them).
bad_paths="
late-parcel 4,2,2
bridge-troll 3,3,3
flood-promo 3,2,2
outage-pileon 2,2,2,2
loyal-defender 2,2,2
broken-blender 2,2
cancelled-train 3,3,2,2
six-taps 2,3
double-charge 2,2
goodbye-email rosa:2,helena:2
meetup-cancelled 2,2,2,3,2
summit-boots 2,2,2,3
yellow-leaves 1,2,2,2
rule-appeal appeal:2,report:3,appeal:2
"

# Random outcomes differ by seed, so each strategy is played with three.
count=0
for file in scenarios/*.lua; do
  id=$(basename "$file" .lua)
  count=$((count + 1))
  for seed in 1 2 3; do
    "$bin" play "$file" --strategy best --seed $seed --json >"$tmp/best.json" 2>"$tmp/err"
    best=$(overall "$tmp/best.json")
    expect "$id, seed $seed: the best strategy passes with at least 90 (got ${best:-nothing})" \
      eval 'passed "$tmp/best.json" && at_least "${best:-0}" 90'
    "$bin" play "$file" --strategy worst --seed $seed --json >"$tmp/worst.json" 2>"$tmp/err"
    expect "$id, seed $seed: the worst strategy fails (got $(overall "$tmp/worst.json"))" failed "$tmp/worst.json"
  done
done
expect "the library has scenarios" test "$count" -gt 0

while read -r id moves; do
  [ -z "$id" ] && continue
  "$bin" play "scenarios/$id.lua" --choices "$moves" --json >"$tmp/bad.json" 2>"$tmp/err"
  expect "$id: the bad path $moves plays to the end" grep -q '"finished":	true' "$tmp/bad.json"
  expect "$id: the bad path $moves fails (overall $(overall "$tmp/bad.json"))" failed "$tmp/bad.json"
done <<<"$bad_paths"

finish
