#!/usr/bin/env bash
# thickskin config check | pin | example: exit statuses and messages, a PIN
# read from piped standard input, and the documented example kept in step
# with the printed one.
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
# No file of the machine's user or of /etc may leak into these checks.
export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/xdg
unset THICKSKIN_CONFIG
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$tmp/site/scenarios" "$tmp/site/records"

"$bin" config example >"$tmp/site/kiosk.json"
expect "example exits 0" test $? -eq 0
awk '/^## Example/ {on=1} on && /^```json/ {grab=1; next} grab && /^```/ {exit} grab {print}' \
  docs/kiosk-config.md >"$tmp/doc.json"
expect "the documented example is the printed one" cmp -s "$tmp/doc.json" "$tmp/site/kiosk.json"
out=$("$bin" config check "$tmp/site/kiosk.json")
expect "the example is valid" test $? -eq 0
expect "check says valid" grep -qx "$tmp/site/kiosk.json: valid" <<<"$out"
expect "check warns about the default PIN" grep -q "^warning: $tmp/site/kiosk.json: the default admin PIN 2468 is in force" <<<"$out"

line=$(printf '80417\n80417\n' | "$bin" config pin 2>"$tmp/err")
expect "pin from a pipe exits 0" test $? -eq 0
expect "pin prints the line to paste" grep -Eq '^"admin_pin_hash": "\$y\$[./0-9A-Za-z]+\$[./0-9A-Za-z]+\$[./0-9A-Za-z]{43}"$' <<<"$line"
expect "pin says what to do with it" grep -q "Paste this line" "$tmp/err"
sed -i "s|^{\$|{\n  $line,|" "$tmp/site/kiosk.json"
out=$("$bin" config check "$tmp/site/kiosk.json")
expect "the pasted hash is valid" test $? -eq 0
expect "no default PIN warning once a hash is set" test "$(grep -c warning <<<"$out")" -eq 0

pin_fails() { # pin_fails INPUT MESSAGE
  printf "$1" | "$bin" config pin >"$tmp/out" 2>"$tmp/err"
  [ $? -eq 1 ] && grep -q "$2" "$tmp/err" && [ ! -s "$tmp/out" ]
}
expect "two different PINs are refused" pin_fails '80417\n80418\n' "the two PINs differ"
expect "a short PIN is refused" pin_fails '123\n123\n' "a PIN is 4 to 12 digits"
expect "a long PIN is refused" pin_fails '1234567890123\n1234567890123\n' "a PIN is 4 to 12 digits"
expect "letters are refused" pin_fails 'abcd\nabcd\n' "a PIN is 4 to 12 digits"
expect "the default PIN is refused" pin_fails '2468\n2468\n' "2468 is the default PIN"
expect "no input is refused" pin_fails '' "no PIN given"
expect "a missing second line is refused" pin_fails '80417\n' "the two PINs differ"

cat >"$tmp/bad.json" <<'JSON'
{
  "idle_timeout_seconds": 5,
  "theme": "blue",
  "fulscreen": false,
  "scenario_folders": ["missing"]
}
JSON
out=$("$bin" config check "$tmp/bad.json")
expect "a bad file exits 1" test $? -eq 1
expect "the range is reported" grep -qxF "$tmp/bad.json: idle_timeout_seconds: 5 is out of range (expected a whole number of seconds, 10 to 3600)" <<<"$out"
expect "the choice is reported" grep -qxF "$tmp/bad.json: theme: \"blue\" is not a known value (expected \"light\", \"dark\" or \"high-contrast\")" <<<"$out"
expect "the typo is reported" grep -qxF "$tmp/bad.json: fulscreen: unknown key (did you mean \"fullscreen\"?)" <<<"$out"
expect "the folder is reported" grep -qxF "$tmp/bad.json: scenario_folders[0]: \"$tmp/missing\" does not exist (expected an existing folder of scenarios)" <<<"$out"
expect "the problems are counted" grep -qxF "$tmp/bad.json: 4 problems; the kiosk starts with the defaults for those settings" <<<"$out"

printf '{\n  "theme": "dark",\n}\n' >"$tmp/syntax.json"
out=$("$bin" config check "$tmp/syntax.json")
expect "a syntax error exits 1" test $? -eq 1
expect "a syntax error has line and column" grep -qxF "$tmp/syntax.json:2:18: a comma after the last item (JSON allows none there)" <<<"$out"
out=$("$bin" config check "$tmp/nowhere.json")
expect "a missing file exits 1" test $? -eq 1
expect "a missing file says so" grep -qxF "$tmp/nowhere.json: cannot open the file: No such file or directory" <<<"$out"

if [ ! -e /etc/thickskin/kiosk.json ]; then
  out=$("$bin" config check)
  expect "no file anywhere exits 0" test $? -eq 0
  expect "no file anywhere runs on defaults" grep -q "the kiosk runs on its defaults" <<<"$out"
fi
mkdir -p "$XDG_CONFIG_HOME/thickskin"
cp "$tmp/bad.json" "$XDG_CONFIG_HOME/thickskin/kiosk.json"
out=$("$bin" config check)
expect "without FILE the XDG file is checked" test $? -eq 1
expect "… and named" grep -q "^$XDG_CONFIG_HOME/thickskin/kiosk.json: 4 problems" <<<"$out"
out=$(THICKSKIN_CONFIG=$tmp/site/kiosk.json "$bin" config check)
expect "THICKSKIN_CONFIG comes first" grep -qx "$tmp/site/kiosk.json: valid" <<<"$out"

"$bin" config >/dev/null 2>&1
expect "config alone is a usage error" test $? -eq 2
"$bin" config frobnicate >/dev/null 2>&1
expect "an unknown subcommand is a usage error" test $? -eq 2

echo "$((checks - failures)) passed, $failures failed"
[ $failures -eq 0 ]
