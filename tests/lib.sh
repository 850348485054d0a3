# tests/lib.sh — what every tests/cli_*.sh shares, sourced right after its
# header comment: the program under test as $bin, a scratch folder $tmp
# removed on exit, expect DESCRIPTION COMMAND… to count and print checks,
# and finish to print the tally and give the script's exit status.
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
finish() {
  echo "$((checks - failures)) passed, $failures failed"
  [ $failures -eq 0 ]
}
