#!/usr/bin/env bash
# CI entry point: make sure the reference NumPy venv exists, regenerate the expected outputs into a
# temporary directory and diff them against the committed ones (exit 1 on any difference).
#   oracle/check.sh              check
#   oracle/check.sh --write      regenerate in place (same as: <venv python> oracle/generate.py)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
py="$("$here/setup_venv.sh" | tail -n 1)"
if [ "${1:-}" = "--write" ]; then
    exec "$py" "$here/generate.py"
fi
exec "$py" "$here/generate.py" --check
