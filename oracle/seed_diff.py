#!/usr/bin/env python3
"""Compare oracle/notebook.py's output under NumPy 1.23.5 with the outputs the seed notebook shows.

    python3 oracle/seed_diff.py [OUTPUT]     # OUTPUT: notebook.py's output (default: the
                                             # committed oracle/expected/notebook.np1.txt)

The seed (shared/seed/advanced_numpy_notebook.txt, or $NUMRS_SEED_NOTEBOOK) ran NumPy 1.23.0
on Windows; this checks two things:

1. The transcription: each seed cell's text starts with the code in notebook.CELLS (lines
   compared without trailing spaces), in order, so the script is the notebook's code.
2. The outputs: what follows the code in the seed is compared with the script's output for
   that cell. Cells whose output legitimately differs are listed in SEED_DIFFERENCES with the
   reason; a listed cell that matches, or an unlisted cell that differs, is an error (exit 1).
   Cells the notebook never ran (In [None]) show no output in the seed and are not compared.
"""

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import notebook  # noqa: E402  (the cell list only; notebook.py imports no NumPy at module level)

SEED = os.environ.get(
    "NUMRS_SEED_NOTEBOOK",
    os.path.join(os.path.dirname(os.path.dirname(HERE)), "shared", "seed", "advanced_numpy_notebook.txt"),
)
if not os.path.exists(SEED):
    SEED = "/work/shared/seed/advanced_numpy_notebook.txt"

# label -> why the seed (Windows, NumPy 1.23.0, IPython) shows something else.
SEED_DIFFERENCES = {
    "3": "memory address",
    "5": "memory address",
    "6": "memory address",
    "8": "memory address",
    "11": "default int: int32 on Windows, int64 on Linux",
    "12": "default int: int32 on Windows, int64 on Linux",
    "24": "Windows: the int32 result is the default int, so its repr omits dtype=int32",
    "26": "Windows: the int32 result is the default int, so its repr omits dtype=int32",
    "29": "Windows: int32 is the default int (repr omits dtype=int32)",
    "30": "Windows: int32 is the default int (repr omits dtype=int32)",
    "53": "Windows: int32 is the default int (repr omits dtype=int32)",
    "64": "the seed shows help() cut off (after 'shap') and without its '.. warning::' line",
    "76": "Windows: int32 is the default int (repr omits dtype=int32)",
    "77": "Windows: int32 is the default int (repr omits dtype=int32)",
    "78": "Windows: int32 is the default int (repr omits dtype=int32)",
    "79": "Windows: int32 is the default int (repr omits dtype=int32)",
    "91": "version line: the seed ran NumPy 1.23.0, the oracle runs 1.23.5",
}

HEADER = re.compile(r"^In \[([^\]]*)\]:\s*$")


def seed_blocks(path):
    blocks = []
    with open(path, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            m = HEADER.match(line)
            if m:
                blocks.append((m.group(1), []))
            elif blocks:
                blocks[-1][1].append(line.rstrip())
    return blocks


def script_cells(text):
    cells = {}
    label = None
    for line in text.split("\n"):
        m = HEADER.match(line)
        if m:
            label = m.group(1)
            cells[label] = []
        elif label is not None:
            cells[label].append(line.rstrip())
    return {k: strip_blank(v) for k, v in cells.items()}


def strip_blank(lines):
    lines = list(lines)
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return lines


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "expected", "notebook.np1.txt")
    with open(out_path, encoding="utf-8") as f:
        ours = script_cells(f.read())
    blocks = seed_blocks(SEED)
    errors = []
    if len(blocks) != len(notebook.CELLS):
        errors.append(f"seed has {len(blocks)} cells, notebook.CELLS {len(notebook.CELLS)}")
    same = differ = unrun = 0
    for (seed_label, lines), (label, code) in zip(blocks, notebook.CELLS):
        if seed_label != "None" and seed_label != label:
            errors.append(f"cell {label}: the seed's cell here is In [{seed_label}]")
            continue
        code_lines = [l.rstrip() for l in code.rstrip("\n").split("\n")]
        if lines[: len(code_lines)] != code_lines:
            errors.append(f"cell {label}: code is not the seed's")
            continue
        if seed_label == "None":
            unrun += 1
            continue
        # The seed's text after the code, minus the notebook's markdown that follows the cell.
        shown = strip_blank(lines[len(code_lines):])
        mine = ours.get(label)
        if mine is None:
            errors.append(f"cell {label}: not in {out_path}")
            continue
        # Markdown after the output ("#### ...", "Challenge", ...) is not the cell's: compare the
        # seed's text only as far as our output reaches, and require the rest to be markdown.
        head, rest = shown[: len(mine)], shown[len(mine):]
        markdown = all(not l or l.startswith("#") or re.match(r"^[A-Z][A-Za-z ]+$", l) for l in rest)
        match = head == mine and markdown
        reason = SEED_DIFFERENCES.get(label)
        if match:
            same += 1
            if reason:
                errors.append(f"cell {label}: listed in SEED_DIFFERENCES ({reason}) but matches")
        else:
            differ += 1
            status = f"differs ({reason})" if reason else "DIFFERS (not listed)"
            print(f"In [{label}]: {status}")
            print("  seed:   " + "\n          ".join(shown))
            print("  script: " + "\n          ".join(mine))
            if not reason:
                errors.append(f"cell {label}: differs from the seed and is not in SEED_DIFFERENCES")
    print(f"seed cells run: {same + differ}: {same} identical, {differ} differ (listed: "
          f"{differ - sum(1 for e in errors if 'not in SEED_DIFFERENCES' in e)}); "
          f"{unrun} never run in the seed")
    for e in errors:
        print("error: " + e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
