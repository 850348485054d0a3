#!/usr/bin/env bash
# thickskin play and check from the command line: results, determinism,
# strategies, the terminal prompt and exit statuses.
source tests/lib.sh
ex=tests/data/worked-example.lua

"$bin" play $ex --choices 3,2 --times 45,20 --json >"$tmp/a.json"
expect "play --json exits 0" test $? -eq 0
expect "overall is 59.3" grep -q '"overall":	59.3' "$tmp/a.json"
expect "empathy is 27.8" grep -q '"empathy":	27.8' "$tmp/a.json"
expect "the play did not pass" grep -q '"pass":	false' "$tmp/a.json"
"$bin" play $ex --choices 3,2 --times 45,20 --json >"$tmp/b.json"
expect "the same inputs give the same result" cmp -s "$tmp/a.json" "$tmp/b.json"

"$bin" play $ex --strategy best --json >"$tmp/best.json"
expect "best strategy passes" grep -q '"pass":	true' "$tmp/best.json"
"$bin" play $ex --strategy worst --json >"$tmp/worst.json"
expect "worst strategy fails" grep -q '"pass":	false' "$tmp/worst.json"
"$bin" play $ex --strategy random --seed 9 --json >"$tmp/r1.json"
"$bin" play $ex --strategy random --seed 9 --json >"$tmp/r2.json"
expect "random strategy repeats for a seed" cmp -s "$tmp/r1.json" "$tmp/r2.json"

out=$("$bin" play $ex --choices 0,1)
expect "0 stays silent" grep -q "no reply from Brand" <<<"$out"
expect "the transcript shows the debrief" grep -q "Scores: empathy" <<<"$out"

out=$(printf '7\n1\n1\n' | "$bin" play $ex 2>&1)
expect "the prompt asks again after a wrong number" grep -q "is not a choice here" <<<"$out"
expect "the prompt plays typed choices" grep -q "Ending (resolved)" <<<"$out"

"$bin" play $ex --choices 1,0 >/dev/null 2>"$tmp/err"
expect "silence where nothing times out is refused" grep -q "never times out, so silence is not a move here" "$tmp/err"
"$bin" play $ex --choices 1 >/dev/null 2>"$tmp/err"
expect "too few choices exit 1" test $? -eq 1
expect "too few choices say so" grep -q "needs more than the 1 choices given" "$tmp/err"
"$bin" play no-such-scenario >/dev/null 2>&1
expect "an unknown scenario exits 1" test $? -eq 1
"$bin" play $ex --strategy bold >/dev/null 2>&1
expect "a bad option exits 2" test $? -eq 2

"$bin" play tests/data/inbox.lua --choices b:1,a:1 --times 2,1 --json >"$tmp/inbox.json"
expect "inbox threads are addressed by id" grep -q '"outcome":	"resolved"' "$tmp/inbox.json"
"$bin" play tests/data/features.lua --lang it --strategy best --json >"$tmp/it.json"
expect "--lang it plays in Italian" grep -q '"title":	"Funzionalità"' "$tmp/it.json"
"$bin" play $ex --choices 1,1 --times 500,500 --untimed --json >"$tmp/untimed.json"
expect "--untimed is recorded" grep -q '"timing":	"untimed"' "$tmp/untimed.json"

"$bin" check tests/data >"$tmp/check.txt"
expect "check passes the test scenarios" test $? -eq 0
expect "check counts the files" grep -q "5 scenarios checked, 0 failed" "$tmp/check.txt"
printf 'return 42\n' >"$tmp/bad.lua"
"$bin" check "$tmp/bad.lua" >"$tmp/check.txt"
expect "check fails a broken scenario" test $? -eq 1
expect "check names the problem" grep -q "must end with 'return scenario" "$tmp/check.txt"

finish
