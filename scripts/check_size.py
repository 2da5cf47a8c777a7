#!/usr/bin/env python3
"""Bundle size gate: gzip -9 sizes of what the page loads first (wasm, js,
css in dist/), checked against the ceiling in tools.env (SIZE_CEILING_KB).

Sizes are deterministic, unlike times, so a regression fails `make test`.
The ceiling is where the bundle is today, not the 200 kB goal: lowering it
is how a size win is kept.
"""
import gzip
import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
env = dict(line.split("=", 1) for line in (root / "tools.env").read_text().splitlines() if "=" in line and not line.startswith("#"))
ceiling = int(env["SIZE_CEILING_KB"].strip())
goal = int(env["SIZE_GOAL_KB"].strip())
dist = root / "dist"
files = sorted(p for p in dist.iterdir() if p.suffix in {".wasm", ".js", ".css"} and p.name != "sw.js")
if not files:
    sys.exit("check_size.py: dist/ is empty: run `make build` first")
total = 0
print(f"{'file':48} {'bytes':>9} {'gzip -9':>9}")
for p in files:
    raw = p.read_bytes()
    z = len(gzip.compress(raw, 9))
    total += z
    print(f"{p.name:48} {len(raw):>9} {z:>9}")
kb = total / 1024
print(f"{'total':48} {'':>9} {total:>9}  = {kb:.1f} kB (ceiling {ceiling} kB, goal {goal} kB)")
if kb > ceiling:
    sys.exit(f"check_size.py: the page's first load grew to {kb:.1f} kB gzip, over the {ceiling} kB ceiling")
