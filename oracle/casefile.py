#!/usr/bin/env python3
"""Run one oracle case file (oracle/cases/NN_*.py) under whatever `import numpy` gives.

    python3 oracle/casefile.py oracle/cases/09_arith.py

The case files are NumPy code, but not scripts: each `#case` block is its own program (fresh
names, its own tmpdir, an exception is its result). This driver runs every block exactly as
oracle/generate.py does for the Rust oracle (it imports generate.py's parser and recorder, so the
fields are the ones crates/numrs/tests/expected/ records) and prints, per case:

    <name>: <repr of the result>          or  <name>: <ExcType>: <message>
        <field> <value>                   the other recorded fields, indented (str, shape,
                                          strides, dtype, flags, base, offset, sharing, bytes)

Values are escaped as in generate.py (newline -> \\n), so each field is one line. Cases marked
`#numrs-error` (numrs refuses what NumPy would crash or corrupt memory on) are not run.
oracle/run.py runs this under NumPy 1.23.5, NumPy 2.4.6 and numrs installed as numpy.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import generate  # noqa: E402  (imports numpy: under oracle/run.py --numrs that is numrs)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: casefile.py CASEFILE")
    for case in generate.parse_case_file(sys.argv[1]):
        if case.mode == "numrs-error":
            continue
        try:
            fields = generate.run_case_quiet(case)
        except Exception as e:  # noqa: BLE001 - the recorder itself failed (a missing API)
            print(f"{case.name}: <recorder failed> {type(e).__name__}: {generate.esc(str(e))}")
            continue
        d = dict(fields)
        if d["kind"] == "exception":
            head = f"{d['type']}: {generate.esc(d['message'])}"
            rest = []
        else:
            head = generate.esc(d["repr"]) if "repr" in d else f"<{d['kind']}, no values>"
            rest = [(k, v) for k, v in fields if k != "repr"]
            if d.get("dtype") == "|O":
                # object arrays (NumPy 1.x makes one from a ragged list) hold pointers
                rest = [(k, v) for k, v in rest if k != "bytes"]
        print(f"{case.name}: {head}")
        for k, v in rest:
            print(f"    {k} {generate.esc(v)}")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
