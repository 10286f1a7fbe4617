#!/usr/bin/env bash
# The demo: sample submissions made on the spot, then `ipom check` on each.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf demo-data/mail
.venv/bin/python examples/samples.py demo-data/mail >/dev/null
for f in demo-data/mail/*.eml; do
  .venv/bin/ipom check "$f"
  echo
done
echo "demo: the JSON contract of one of them: .venv/bin/ipom check demo-data/mail/01-complete.eml --json"
