#!/usr/bin/env bash
# thickskin facilitate and bot on loopback: a room of 40 whose links drop
# and come back (every answer counted once, both journals agree), a room at
# its own pace, discovery, and a facilitator killed and resumed mid-session.
source tests/lib.sh
command -v jq >/dev/null || { echo "FAIL jq is needed (tools/test.sh installs it)"; exit 1; }

code=K7M3P
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null; done
  rm -rf "$tmp"
}
trap cleanup EXIT

# A UDP port for discovery of this run's own, so that parallel runs (and a
# real workshop on this machine) do not answer each other's probes.
free_udp_port() {
  local p
  for _ in $(seq 50); do
    p=$((20000 + RANDOM % 40000))
    if ! ss -uln 2>/dev/null | grep -q ":$p\b"; then
      echo "$p"
      return
    fi
  done
  echo $((20000 + RANDOM % 40000))
}

# start_facilitator NAME ARGS…: runs it in the background; sets $fpid and
# $port once it prints that it listens (or fails the test).
start_facilitator() {
  local name=$1
  shift
  "$bin" facilitate --headless "$@" >"$tmp/$name.out" 2>"$tmp/$name.err" &
  fpid=$!
  pids+=("$fpid")
  for _ in $(seq 200); do
    if head -1 "$tmp/$name.out" 2>/dev/null | grep -q "^workshop: listening"; then break; fi
    sleep 0.05
  done
  port=$(head -1 "$tmp/$name.out" | sed -n 's/^workshop: listening on port \([0-9]*\), code .*/\1/p')
  sid=$(head -1 "$tmp/$name.out" | sed -n 's/.*, session \(.*\)$/\1/p')
  if [ -z "$port" ]; then
    echo "FAIL $name does not listen:"
    cat "$tmp/$name.err"
    exit 1
  fi
}

# start_bots PREFIX N ARGS…: bots PREFIX1..PREFIXN with strategies in turn,
# each with its own records folder; their process ids in $bots.
start_bots() {
  local prefix=$1 n=$2 strategies=(best worst random)
  shift 2
  bots=()
  for i in $(seq "$n"); do
    "$bin" bot --code $code --strategy "${strategies[$((i % 3))]}" --name "$prefix$i" --seed "$i" \
      --data "$tmp/$prefix$i" "$@" >"$tmp/$prefix$i.out" 2>"$tmp/$prefix$i.err" &
    bots+=($!)
    pids+=($!)
  done
}

# wait_all PID…: 0 when every one exits 0.
wait_all() {
  local bad=0
  for p in "$@"; do wait "$p" || bad=$((bad + 1)); done
  [ $bad -eq 0 ]
}

# The journal of a records folder as "id decisions scores" lines, sorted.
records() {
  jq -c '[.id, .session, .mode, .decisions, .scores]' "$1/attempts.jsonl" 2>/dev/null | sort
}

# every_bot_agrees PREFIX N FACIL_DATA: each of the bots PREFIX1..N has
# one record, the same as the facilitator's record of that attempt, and
# printed that attempt's id.
every_bot_agrees() {
  local prefix=$1 n=$2
  records "$3" >"$tmp/facil-records"
  cat "$tmp/$prefix"[0-9]*/attempts.jsonl >"$tmp/bot-lines"
  jq -c '[.id, .session, .mode, .decisions, .scores]' "$tmp/bot-lines" | sort >"$tmp/bot-records"
  jq -r .id "$tmp/bot-lines" | sort -u >"$tmp/bot-ids"
  jq -r .attempt "$tmp/$prefix"[0-9]*.out | sort -u >"$tmp/bot-printed"
  [ "$(wc -l <"$tmp/bot-records")" -eq "$n" ] || { echo "  not $n bot records"; return 1; }
  [ "$(wc -l <"$tmp/bot-ids")" -eq "$n" ] || { echo "  the bots' attempt ids are not all different"; return 1; }
  cmp -s "$tmp/bot-ids" "$tmp/bot-printed" || { echo "  the bots printed other attempts"; return 1; }
  comm -23 "$tmp/bot-records" "$tmp/facil-records" >"$tmp/bot-differ"
  [ ! -s "$tmp/bot-differ" ] || { echo "  differ from the facilitator's:" && head -3 "$tmp/bot-differ"; return 1; }
}

# exactly_once ERRFILE PREFIX N: the facilitator's closing count holds
# every answer the bots PREFIX1..N gave, each once, however often their
# links dropped: answers = the sum of the bots' (seats × decisions when no
# seat was away while a decision was open).
exactly_once() {
  local line seats answers given
  line=$(grep "^workshop: ended:" "$1" | tail -1)
  seats=$(sed -n 's/.*ended: \([0-9]*\) seats.*/\1/p' <<<"$line")
  answers=$(sed -n 's/.* \([0-9]*\) answers.*/\1/p' <<<"$line")
  given=$(jq -s 'map(.answered) | add' "$tmp/$2"[0-9]*.out)
  echo "  ($line; the bots gave $given)"
  [ "$seats" = "$3" ] && [ "$given" -gt 0 ] && [ "$answers" = "$given" ]
}

# --- a room of 40, together, with links dropping ------------------------------

start_facilitator room --port 0 --code $code --expect 40 --pace together --timeout 30 \
  --data "$tmp/room" --discovery-port "$(free_udp_port)" --secret-file "$tmp/secret" late-parcel
start_bots p 40 --join "127.0.0.1:$port" --think 150 --drop 0.2
expect "40 bots finish the session" wait_all "${bots[@]}"
wait "$fpid"
expect "the facilitator exits 0 at the end" test $? -eq 0
results=$(tail -1 "$tmp/room.out")
expect "the results are one JSON line with 40 seats" test "$(jq -r .seats <<<"$results")" = 40
expect "every axis has 40 scores in its bins" \
  test "$(jq -c '[.axes[] | .bins | add]' <<<"$results")" = "[40,40,40]"
expect "every answer is counted exactly once" exactly_once "$tmp/room.err" p 40
expect "the facilitator's journal has 40 workshop attempts" \
  test "$(jq -r 'select(.mode == "workshop" and .session == "'"$sid"'") | .id' "$tmp/room/attempts.jsonl" | sort -u | wc -l)" = 40
expect "every bot's record matches the facilitator's" every_bot_agrees p 40 "$tmp/room"
expect "the session secret is written, private" \
  test "$(stat -c %a "$tmp/secret")" = 600 -a "$(grep -cE '^[0-9a-f]{32}$' "$tmp/secret")" = 1
expect "the session log is private" test "$(stat -c %a "$tmp/room/workshops/$sid.jsonl")" = 600

# --- own pace ----------------------------------------------------------------------

start_facilitator own --port 0 --code $code --expect 7 --pace own --data "$tmp/own" \
  --discovery-port "$(free_udp_port)" late-parcel
start_bots o 6 --join "127.0.0.1:$port" --think 50 --drop 0.2
# a seventh with an extended timer: its own run and the replay both at 2
"$bin" bot --code $code --strategy best --name o7 --seed 7 --data "$tmp/o7" --join "127.0.0.1:$port" \
  --think 50 --drop 0.2 --time-factor 2 >"$tmp/o7.out" 2>"$tmp/o7.err" &
bots+=($!)
pids+=($!)
expect "7 bots play at their own pace" wait_all "${bots[@]}"
wait "$fpid"
expect "the own-pace facilitator exits 0" test $? -eq 0
expect "the own-pace results count 7 seats, all finished" \
  test "$(tail -1 "$tmp/own.out" | jq -c '[.seats, .finished]')" = "[7,7]"
expect "own pace: every bot's record matches the facilitator's" every_bot_agrees o 7 "$tmp/own"
o7=$(jq -r .id "$tmp/o7/attempts.jsonl")
expect "own pace: the bot with --time-factor 2 is recorded with it on both sides" \
  test "$(jq -r .time_factor "$tmp/o7/attempts.jsonl")" = 2 -a \
  "$(jq -r 'select(.id == "'"$o7"'") | .time_factor' "$tmp/own/attempts.jsonl")" = 2
"$bin" bot --join "127.0.0.1:1" --code AAAAA --strategy best --time-factor 11 >/dev/null 2>"$tmp/tf.err"
expect "bot refuses --time-factor 11" test $? -eq 2

# --- discovery -----------------------------------------------------------------------

dport=$(free_udp_port)
start_facilitator disc --port 0 --code $code --expect 1 --data "$tmp/disc" --discovery-port "$dport" late-parcel
start_bots d 1 --join auto --discovery-port "$dport" --think 0
expect "a bot finds the facilitator by discovery" wait_all "${bots[@]}"
wait "$fpid"
expect "the discovered session ends" test $? -eq 0
expect "the bot played the discovered session" test "$(jq -r .session "$tmp/d1.out")" = "$sid"

start_facilitator wrong --port 0 --code $code --expect 1 --discovery-port "$dport" late-parcel
"$bin" bot --join "127.0.0.1:$port" --code AAAAA --strategy best >/dev/null 2>"$tmp/wrong.err"
expect "a wrong code is refused with exit 2" test $? -eq 2
expect "the refusal says why" grep -q "refused (code)" "$tmp/wrong.err"
wrong=$fpid
start_facilitator taken --port 0 --code $code --expect 1 --discovery-port "$dport" late-parcel
for _ in $(seq 100); do
  grep -q "participants" "$tmp/taken.err" && break
  sleep 0.05
done
expect "a facilitator whose discovery port is taken still listens and says so" \
  grep -q "cannot listen for discovery on UDP port $dport" "$tmp/taken.err"
expect "it does not promise the discovery it lacks" test "$(grep -c "by discovery" "$tmp/taken.err")" = 0
{ kill -9 "$fpid" "$wrong" && wait "$fpid" "$wrong"; } 2>/dev/null

# --- a scenario that fails once played: the session ends, said once ------------------

start_facilitator broken --port 0 --code $code --expect 1 --discovery-port "$(free_udp_port)" \
  tests/hostile/loop-in-hook.lua
start_bots x 1 --join "127.0.0.1:$port" --think 0
for _ in $(seq 200); do
  kill -0 "$fpid" 2>/dev/null || break
  sleep 0.05
done
kill -9 "$fpid" 2>/dev/null
wait "$fpid"
expect "a facilitator whose story cannot start exits 1" test $? -eq 1
expect "it tries to start once" test "$(grep -c "joined: starting" "$tmp/broken.err")" = 1
expect "it says why" grep -q "^thickskin facilitate: the session cannot start: " "$tmp/broken.err"
{ kill -9 "${bots[@]}" && wait "${bots[@]}"; } 2>/dev/null

# --- the facilitator killed mid-session and resumed --------------------------------

start_facilitator first --port 0 --code $code --expect 12 --pace together --timeout 30 \
  --data "$tmp/res" --discovery-port "$(free_udp_port)" late-parcel
first=$fpid
rport=$port
start_bots r 12 --join "127.0.0.1:$rport" --think 400 --drop 0.1
for _ in $(seq 200); do
  grep -q "decision 1 closed" "$tmp/first.err" && break
  sleep 0.05
done
{ kill -9 "$first" && wait "$first"; } 2>/dev/null
expect "the first facilitator was killed mid-session" grep -q "decision 1 closed" "$tmp/first.err"
start_facilitator second --port "$rport" --code $code --timeout 30 --data "$tmp/res" \
  --discovery-port "$(free_udp_port)" --resume "$sid"
expect "the resumed facilitator listens on the same port for the same session" \
  grep -q "port $rport, code $code, session $sid" "$tmp/second.out"
expect "12 bots reconnect and finish" wait_all "${bots[@]}"
wait "$fpid"
expect "the resumed facilitator ends the session" test $? -eq 0
expect "after the resume every answer is counted exactly once" exactly_once "$tmp/second.err" r 12
expect "after the resume every bot's record matches" every_bot_agrees r 12 "$tmp/res"

finish
