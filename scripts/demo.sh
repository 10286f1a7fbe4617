#!/usr/bin/env bash
# The demo: a throw-away Dovecot with sample submissions, then ipom init, poll, queue and check.
set -euo pipefail
cd "$(dirname "$0")/.."
exec .venv/bin/python scripts/demo.py
