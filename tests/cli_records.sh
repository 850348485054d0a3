#!/usr/bin/env bash
# Trainee records from the command line: play --record, records, export
# (CSV, and xAPI checked statement by statement with Learning Locker's
# xapi-validation under Node.js), erase, damaged journals and bad usage.
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
data=$tmp/data
journal=$data/attempts.jsonl
ex=tests/data/worked-example.lua

# --- recording plays
"$bin" play $ex --strategy best --record --data "$data" --trainee " Anna " >"$tmp/out" 2>&1
expect "play --record exits 0" test $? -eq 0
expect "play --record says where" grep -q "attempt recorded in $journal" "$tmp/out"
"$bin" play $ex --choices 3,2 --times 45,20 --record --data "$data" --trainee anna --mode assessed --json >/dev/null
printf '1\n' | "$bin" play $ex --record --data "$data" >/dev/null 2>&1
expect "an abandoned play exits 1" test $? -eq 1
expect "three attempts, one line each" test "$(wc -l <"$journal")" -eq 3
expect "the trainee is stored trimmed" grep -q '"trainee":"Anna"' "$journal"
expect "the assessed play is stored with its scores" \
  grep -q '"mode":"assessed".*"finished":true,"outcome":"escalated","scores":{"empathy":27.8,"speed":50,"policy":100,"overall":59.3,"pass":false' "$journal"
expect "the abandoned play is a guest's, not finished" grep -q '"trainee":"guest".*"finished":false' "$journal"
XDG_DATA_HOME=$tmp/xdg "$bin" play $ex --strategy best --record >/dev/null
expect "without --data the XDG data folder is used" test -s "$tmp/xdg/thickskin/attempts.jsonl"

# --- history and progress
"$bin" records --data "$data" >"$tmp/out"
expect "records lists the trainees" grep -q "^  Anna  *2$" "$tmp/out"
expect "records counts every attempt" grep -q "^3 attempts recorded by:" "$tmp/out"
"$bin" records --data "$data" --trainee ANNA --track worked-example:60 >"$tmp/out"
expect "records --trainee shows the history" grep -q "worked-example       assessed   overall  59.3 not yet" "$tmp/out"
expect "records --trainee shows the best score" grep -q "worked-example        83.3 passed   (2 attempts)" "$tmp/out"
expect "records --trainee recommends a scenario" grep -q "^Practise next: " "$tmp/out"
expect "records --track shows the step passed" grep -q "1. worked-example       passed (best 83.3)" "$tmp/out"
"$bin" records --data "$tmp/nothing" >"$tmp/out"
expect "an empty folder has no records" grep -q "^0 attempts recorded.$" "$tmp/out"

# --- CSV
"$bin" export --data "$data" --csv "$tmp/out.csv" >/dev/null
expect "export --csv exits 0" test $? -eq 0
expect "the CSV has a header and a row per attempt" test "$(wc -l <"$tmp/out.csv")" -eq 4
expect "CSV lines end in CRLF" test "$(grep -c $'\r$' "$tmp/out.csv")" -eq 4
expect "the CSV row holds the scores" grep -q ',anna,worked-example,Worked example,assessed,.*,65.0,yes,escalated,27.8,50.0,100.0,59.3,no,60,1,en,1,' "$tmp/out.csv"
"$bin" export --data "$data" --csv "$tmp/anna.csv" --trainee anna >/dev/null
expect "export --trainee keeps only theirs" test "$(wc -l <"$tmp/anna.csv")" -eq 3

# --- xAPI, checked by a real validator
"$bin" export --data "$data" --xapi "$tmp/out.xapi.json" >/dev/null
expect "export --xapi exits 0" test $? -eq 0
validator=$(dirname "$bin")/xapi-validator
mkdir -p "$validator"
if ! cmp -s tests/xapi/package-lock.json "$validator/package-lock.json" || [ ! -d "$validator/node_modules/xapi-validation" ]; then
  cp tests/xapi/package.json tests/xapi/package-lock.json tests/xapi/validate.js "$validator/"
  (cd "$validator" && npm ci --no-audit --no-fund --ignore-scripts >npm.log 2>&1) || cat "$validator/npm.log"
fi
cp tests/xapi/validate.js "$validator/"
expect "xapi-validation is installed in the build folder" test -d "$validator/node_modules/xapi-validation"
node "$validator/validate.js" "$tmp/out.xapi.json" >"$tmp/valid.txt" 2>&1
expect "every xAPI statement passes xapi-validation" test $? -eq 0
cat "$tmp/valid.txt"
# 3 attempts with 2, 2 and 1 decisions: 3 + 5 statements
expect "a statement per attempt and per decision" grep -q "^8 statements checked, 0 problems$" "$tmp/valid.txt"
sed 's/"PT[0-9.]*S"/"about a minute"/' "$tmp/out.xapi.json" >"$tmp/broken.json"
node "$validator/validate.js" "$tmp/broken.json" >"$tmp/invalid.txt" 2>&1
expect "the validator does refuse a bad duration" test $? -eq 1
expect "...naming the statement and the field" grep -q "statement 1 (.*): Validation Error at statement.result.duration" "$tmp/invalid.txt"
"$bin" export --data "$data" --xapi "$tmp/again.json" >/dev/null
expect "exporting twice gives the same statements" cmp -s "$tmp/out.xapi.json" "$tmp/again.json"

# --- a damaged journal
printf '{"v":1,"trainee":"Anna","torn' >>"$journal"
"$bin" records --data "$data" >"$tmp/out" 2>"$tmp/err"
expect "a torn line is reported with file and line" grep -q "$journal:4: damaged record skipped (kept in the file): torn, the last write was cut short" "$tmp/err"
expect "damaged lines are copied aside" grep -q '^{"v":1,"trainee":"Anna","torn$' "$data/attempts.damaged.txt"
expect "the other records still count" grep -q "^3 attempts recorded by:" "$tmp/out"
"$bin" play $ex --strategy worst --record --data "$data" --trainee bob >/dev/null
expect "an append after a torn line starts a new line" test "$(tail -n 1 "$journal" | grep -c '"trainee":"bob"')" -eq 1
expect "the torn bytes stay where they were" grep -q '^{"v":1,"trainee":"Anna","torn$' "$journal"

# --- erasing
"$bin" erase --data "$data" --trainee anna >"$tmp/out"
expect "erase says how many" grep -q "^2 attempts of 'anna' erased from $journal$" "$tmp/out"
expect "the trainee's records are gone" test "$(grep -c '"trainee":"Anna"' "$journal")" -eq 1
expect "…all but the damaged line, kept byte for byte" grep -q '^{"v":1,"trainee":"Anna","torn$' "$journal"
expect "others keep theirs" test "$(grep -c '"trainee":"\(guest\|bob\)"' "$journal")" -eq 2
expect "no temporary file is left" test "$(ls -A "$data" | wc -l)" -eq 2

# --- usage and failures
"$bin" export --data "$data" >/dev/null 2>&1
expect "export without a file exits 2" test $? -eq 2
"$bin" erase --data "$data" >/dev/null 2>&1
expect "erase without a trainee exits 2" test $? -eq 2
"$bin" play $ex --strategy best --data "$data" >/dev/null 2>&1
expect "--data without --record exits 2" test $? -eq 2
"$bin" export --data "$data" --csv "$tmp/no/such/dir/x.csv" >/dev/null 2>"$tmp/err"
expect "an export to a missing folder exits 1" test $? -eq 1
expect "…and says why" grep -q "x.csv: cannot create a temporary file in .*: No such file or directory" "$tmp/err"
"$bin" play $ex --strategy best --record --data "$tmp/out.csv" >/dev/null 2>"$tmp/err"
expect "a journal that cannot be written fails the play" test $? -eq 1
expect "…naming the file and the reason" grep -q "out.csv/attempts.jsonl: cannot open the journal: Not a directory" "$tmp/err"

echo "$((checks - failures)) passed, $failures failed"
[ $failures -eq 0 ]
