#!/usr/bin/env bash
# Set up what ipom-mail needs on a Debian/Ubuntu machine: system packages (as root,
# only when missing), then a virtualenv in .venv with the project and its extras.
# Usage: scripts/bootstrap.sh [EXTRAS]   e.g. scripts/bootstrap.sh dev
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"

need=()
python3 -c 'import venv, ensurepip' 2>/dev/null || need+=(python3-venv)
command -v ffmpeg >/dev/null 2>&1 || need+=(ffmpeg)  # post/gallery remux videos without metadata
if [ "$extras" = "dev" ] || [ "$extras" = "demo" ]; then
  command -v dovecot >/dev/null 2>&1 || need+=(dovecot-imapd)
fi
if [ "$extras" = "dev" ]; then
  command -v chromium >/dev/null 2>&1 || need+=(chromium)  # the page tests open the gallery and post
  command -v tmux >/dev/null 2>&1 || need+=(tmux)  # the queue is tested in a real 80-column terminal
fi
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "bootstrap: installing ${need[*]} with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
    # Debian starts the packaged Dovecot as a service; the suite runs its own.
    if command -v systemctl >/dev/null 2>&1; then systemctl disable --now dovecot >/dev/null 2>&1 || true; fi
  else
    echo "bootstrap: missing ${need[*]}; install them with: sudo apt-get install ${need[*]}" >&2
    echo "bootstrap: (tests that need them will be skipped, or fail under CI=true)" >&2
  fi
fi

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
spec="."
[ -n "$extras" ] && [ "$extras" != "demo" ] && spec=".[$extras]"
# pip's build output (setuptools' notes about editable installs) is kept for a failure only
log=$(mktemp)
if ! .venv/bin/python -m pip install -q -e "$spec" 2>"$log"; then
  cat "$log" >&2
  rm -f "$log"
  exit 1
fi
rm -f "$log"
echo "bootstrap: .venv ready ($(.venv/bin/ipom --version))"
