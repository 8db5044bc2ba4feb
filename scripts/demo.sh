#!/usr/bin/env bash
# Quick start, step 1: install rejectwatch and run one scan of sample mail on a throwaway local
# Dovecot (127.0.0.1, a temp directory, removed afterwards). Nothing is sent; no real mailbox is used.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v dovecot >/dev/null 2>&1; then
    echo "Installing Dovecot (needs root)..." >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dovecot-imapd >/dev/null
fi
if [ -t 1 ]; then
    # On a terminal: pip's own progress (what it fetches and builds, download bars).
    python3 -m pip install --progress-bar on --root-user-action=ignore -e .
else
    # On a pipe or in a file: quiet, only what went wrong.
    python3 -m pip install -q -e . 2>&1 | grep -v -e "Running pip as the 'root' user" -e "^WARNING: Location" || true
fi
exec rejectwatch --log-level WARNING demo
