#!/usr/bin/env bash
# Create the Python venv that holds the reference NumPy used by oracle/generate.py.
#
#   oracle/setup_venv.sh            -> oracle/.venv-np2 with numpy==2.4.6
#   NUMRS_ORACLE_VENV=/path oracle/setup_venv.sh
#   NUMRS_ORACLE_NUMPY=1.23.5 NUMRS_ORACLE_VENV=oracle/.venv-np1 oracle/setup_venv.sh  (legacy, later)
#
# Idempotent: if the venv exists and already has the requested NumPy, nothing is installed.
# Prints the venv's python path on the last line.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="${NUMRS_ORACLE_VENV:-$here/.venv-np2}"
want="${NUMRS_ORACLE_NUMPY:-2.4.6}"
python="${PYTHON:-python3}"

if [ ! -x "$venv/bin/python" ]; then
    echo "creating venv $venv" >&2
    "$python" -m venv "$venv"
fi

have="$("$venv/bin/python" -c 'import numpy; print(numpy.__version__)' 2>/dev/null || true)"
if [ "$have" = "$want" ]; then
    echo "numpy $have already installed in $venv" >&2
else
    echo "installing numpy==$want into $venv (had: ${have:-none})" >&2
    "$venv/bin/python" -m pip install --disable-pip-version-check --quiet "numpy==$want"
    have="$("$venv/bin/python" -c 'import numpy; print(numpy.__version__)')"
    if [ "$have" != "$want" ]; then
        echo "error: expected numpy $want, got $have" >&2
        exit 1
    fi
fi
echo "$venv/bin/python"
