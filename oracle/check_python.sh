#!/usr/bin/env bash
# CI: the Python oracle (oracle/run.py) on the seed notebook script, oracle/scripts/ and
# oracle/cases/, under NumPy 1.23.5 and 2.4.6 and under numrs installed as numpy.
#
#   oracle/check_python.sh               everything below
#   oracle/check_python.sh --numpy-only  steps 1-2 only (no numrs package needed)
#
# 1. Creates the NumPy venvs from PyPI (oracle/setup_venv.sh: oracle/.venv-np1, .venv-np2).
# 2. Runs every script under real NumPy and requires the committed oracle/expected/ to match
#    (after `python3 oracle/run.py all --update` they do); with the seed notebook at hand
#    ($NUMRS_SEED_NOTEBOOK), also checks notebook.py's transcription and its NumPy 1.23.5 output
#    against the seed (oracle/seed_diff.py).
# 3. Builds and installs crates/numrs-py into oracle/.venv-numrs (`pip install`, no other step)
#    and compares numrs (install_as_numpy(version=1) and (version=2)) with the expectations.
# Exit status 1 on any difference not listed in oracle/known_differences.txt.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
cd "$root"

numpy_only=0
[ "${1:-}" = "--numpy-only" ] && numpy_only=1

export NUMRS_ORACLE_NP1_PYTHON="${NUMRS_ORACLE_NP1_PYTHON:-$(NUMRS_ORACLE_NUMPY=1.23.5 \
    NUMRS_ORACLE_VENV="$here/.venv-np1" bash "$here/setup_venv.sh" | tail -n 1)}"
export NUMRS_ORACLE_NP2_PYTHON="${NUMRS_ORACLE_NP2_PYTHON:-$(NUMRS_ORACLE_NUMPY=2.4.6 \
    NUMRS_ORACLE_VENV="$here/.venv-np2" bash "$here/setup_venv.sh" | tail -n 1)}"

status=0
echo "== python oracle: real NumPy 1.23.5 and 2.4.6 against oracle/expected/"
python3 "$here/run.py" all --numpy both -q || status=1

seed="${NUMRS_SEED_NOTEBOOK:-$root/../shared/seed/advanced_numpy_notebook.txt}"
if [ -f "$seed" ]; then
    echo "== python oracle: notebook.py against the seed notebook (NumPy 1.23.5)"
    NUMRS_SEED_NOTEBOOK="$seed" python3 "$here/seed_diff.py" > /dev/null || {
        NUMRS_SEED_NOTEBOOK="$seed" python3 "$here/seed_diff.py" | tail -n 5; status=1; }
else
    echo "== python oracle: no seed notebook at $seed; transcription check skipped"
fi

if [ "$numpy_only" = 0 ]; then
    echo "== python oracle: numrs (pip install ./crates/numrs-py) against oracle/expected/"
    python3 "$here/run.py" all --numpy both --numrs --reinstall || status=1
fi
[ "$status" = 0 ] && echo "python oracle OK"
exit "$status"
