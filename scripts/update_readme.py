#!/usr/bin/env python3
"""Replaces the command reference in README.md with the output of cli_reference.sh.

Usage: update_readme.py PATH/TO/kb [--check]
With --check, changes nothing and exits 1 when README.md is stale.
"""
import pathlib, subprocess, sys

BEGIN = "<!-- BEGIN GENERATED CLI REFERENCE (make docs) -->"
END = "<!-- END GENERATED CLI REFERENCE -->"
root = pathlib.Path(__file__).resolve().parent.parent
kb = sys.argv[1]
reference = subprocess.run(["bash", str(root / "scripts/cli_reference.sh"), kb],
                           check=True, capture_output=True, text=True).stdout
readme = (root / "README.md").read_text()
head, _, rest = readme.partition(BEGIN)
_, _, tail = rest.partition(END)
updated = head + BEGIN + "\n" + reference + END + tail
if "--check" in sys.argv:
    if updated != readme:
        print("README.md's command reference is stale: run `make docs`", file=sys.stderr)
        sys.exit(1)
else:
    (root / "README.md").write_text(updated)
