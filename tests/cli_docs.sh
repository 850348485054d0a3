#!/usr/bin/env bash
# The complete example in docs/scenario-format.md must pass check as printed.
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
awk '/^## 12\./ {in12=1} /^## 13\./ {in12=0}
     in12 && /^```lua/ {grab=1; n++; next}
     grab && /^```/ {grab=0; next}
     grab {print > ("'"$tmp"'/block" n ".lua")}' docs/scenario-format.md
example=$(grep -l "return scenario" "$tmp"/block*.lua | head -n 1)
if [ -z "$example" ]; then
  echo "FAIL no complete example found in section 12"; echo "0 passed, 1 failed"; exit 1
fi
if "$bin" check "$example"; then
  echo "1 passed, 0 failed"
else
  echo "FAIL the documented example does not pass check"; echo "0 passed, 1 failed"; exit 1
fi
