#!/usr/bin/env bash
# A case study from the command line: the transcript shows real dates and
# times, the reveal after each choice with its sources, uncertain notes,
# alternative beats marked, the sources at the end; check takes a cases
# folder; play --json carries the case object.
source tests/lib.sh
mini=tests/data/case-mini.lua

out=$("$bin" play $mini --choices 1,1 --times 10,10)
expect "play of a case exits 0" test $? -eq 0
expect "posts show their real date and time" grep -qF "[2014-01-30 18:05] A customer @a_customer:" <<<"$out"
expect "the original wording is shown" grep -qF "original: «No aseguran fecha de entrega.»" <<<"$out"
expect "an uncertain post says so" grep -qF "(uncertain: The exact hour of this post is not certain.)" <<<"$out"
expect "the reveal follows the choice, with its sources" \
  grep -qF "What really happened (2014-01-30 19:30): The firm threatened legal action over the hashtag. [S1, S3]" <<<"$out"
expect "the same choice as history is said" grep -qF "You did what they did." <<<"$out"
expect "the sources close the debrief" grep -qF '[S2] Example Daily, 2014-02-04: "The morning after"' <<<"$out"
expect "the lessons name their principle" grep -qF "A complaint is not an attack. (never-threaten)" <<<"$out"

out=$("$bin" play $mini --choices 2 --times 5)
expect "an alternative beat is marked" \
  grep -qF "[2014-01-30 20:10] [what might have happened] A customer @a_customer: Thanks, that was quick." <<<"$out"
expect "the real choice is shown beside another" grep -qF "They chose: (Threaten legal action.)" <<<"$out"
expect "an alternative ending is not history" grep -qF "(Your ending is what might have happened, not history.)" <<<"$out"

"$bin" play $mini --choices 3,1 --times 10,10 --json >"$tmp/a.json"
expect "play --json of a case exits 0" test $? -eq 0
expect "the case object is there" grep -q '"case":' "$tmp/a.json"
# reply 3 waits 48 h for the legal team: it goes out 2,950 minutes after the real threat
expect "the difference to history is in minutes" grep -q '"difference_minutes":	2950' "$tmp/a.json"
"$bin" play $mini --choices 3,1 --times 10,10 --json >"$tmp/b.json"
expect "the same inputs give the same case result" cmp -s "$tmp/a.json" "$tmp/b.json"

# Approximate and date-only stamps, uncertain notes, a reveal without a time.
sed 's/stamp = "2014-01-30 18:05"/stamp = "2014-01-30 ~18:05"/; s/stamp = "2014-01-31 09:00", source = "S2", shares/stamp = "2014-01-31", source = "S2", shares/; s/reveal = reveal { stamp = "2014-01-30 19:30", /reveal = reveal { uncertain = "Only one source reports it.", /; s/prompt = "How do you answer?",/prompt = "How do you answer?", uncertain = "The moment is not known.",/; s/reveal = reveal { stamp = "2014-02-01 18:00"/reveal = reveal { stamp = "2014-02-01"/' \
  $mini >"$tmp/case-vague.lua"
out=$("$bin" play "$tmp/case-vague.lua" --choices 1,1 --times 10,10)
expect "play of a vaguer case exits 0" test $? -eq 0
expect "an approximate stamp shows its tilde" grep -qF "[2014-01-30 ~18:05] A customer @a_customer:" <<<"$out"
expect "a date-only stamp shows the date only" grep -qF "[2014-01-31] A news site @news_site:" <<<"$out"
expect "a reveal without a stamp says the time is not reported" \
  grep -qF "What really happened (time not reported): The firm threatened legal action over the hashtag. [S1, S3]" <<<"$out"
expect "a reveal's uncertain note is shown" grep -qF "      (uncertain: Only one source reports it.)" <<<"$out"
expect "a turning point's uncertain note is shown under its prompt" \
  grep -qxF "    (uncertain: The moment is not known.)" <<<"$(grep -A1 -F "? How do you answer?" <<<"$out")"
expect "a date-only reveal shows its date" \
  grep -qF "What really happened (2014-02-01): The firm apologised about two days later. [S2]" <<<"$out"
"$bin" play "$tmp/case-vague.lua" --choices 1,1 --times 10,10 --json >"$tmp/vague.json"
expect "play --json of a vaguer case exits 0" test $? -eq 0
expect "an unknown real time is null" grep -q '"real_stamp":	null' "$tmp/vague.json"
expect "and said to be unknown" grep -q '"real_time_known":	false' "$tmp/vague.json"
expect "a date-only real time is marked" grep -q '"real_stamp_precision":	"date"' "$tmp/vague.json"
expect "the turning point's note is there" grep -q '"uncertain":	"The moment is not known."' "$tmp/vague.json"
expect "the reveal's note is there" grep -q '"reveal_uncertain":	"Only one source reports it."' "$tmp/vague.json"

mkdir "$tmp/cases"
cp $mini "$tmp/cases/"
out=$("$bin" check "$tmp/cases")
expect "check takes a cases folder" test $? -eq 0
expect "check sums up the case" grep -qF "2 turning points, 1 alternative beat" <<<"$out"
sed 's/"2014-01-31 09:00", source = "S2", shares/"2014-01-30 18:30", source = "S2", shares/; s/stamp = "2014-01-31 10:00"/stamp = "2014-01-30 18:40"/' \
  $mini >"$tmp/cases/case-mini.lua"
out=$("$bin" check "$tmp/cases")
expect "check fails a case that goes back in time" test $? -ne 0
expect "and says where" grep -qF "history goes back in time at beat 'spread'" <<<"$out"
finish
