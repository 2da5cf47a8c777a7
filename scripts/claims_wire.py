#!/usr/bin/env python3
"""Claim F1 of `marginalia extract` on the labelled wire-style articles of
crates/train/data/wire-eval/ (never training data): at the app's default
threshold (each claim's `checkworthy`) and at the best threshold.

    python3 scripts/claims_wire.py [--show] [--cmd PATH_TO_MARGINALIA]

--show lists every sentence the model gets wrong, with its score.
"""
import argparse
import json
import pathlib
import subprocess

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "crates/train/data/wire-eval"


def f1(pairs):
    tp = sum(1 for p, y in pairs if p and y)
    fp = sum(1 for p, y in pairs if p and not y)
    fn = sum(1 for p, y in pairs if not p and y)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f, precision, recall


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--cmd", default=str(ROOT / "target/release/marginalia"))
    args = ap.parse_args()
    labels = json.loads((DATA / "labels.json").read_text())
    wanted = {(x["article"], x["text"]): x["label"] for x in labels}
    rows = []
    for path in sorted((DATA / "articles").glob("*.txt")):
        article = path.stem.replace("__", "/")
        text = path.read_text()
        out = subprocess.run([args.cmd, "extract", str(path)], capture_output=True, text=True, check=True)
        # Offsets are code points, which Python's str slices by.
        for c in json.loads(out.stdout)["claims"]:
            key = (article, text[c["start"] : c["end"]])
            if key not in wanted:
                # A claim starts past a wire dateline; its label names the
                # whole sentence ("WASHINGTON (AP) — The Senate …").
                key = (article, text[text.rfind("\n", 0, c["start"]) + 1 : c["end"]])
            if key in wanted:
                rows.append((c["score"], c["checkworthy"], wanted[key], key))
    print(f"{len(rows)} of {len(labels)} labelled sentences found by the core")
    f, p, r = f1([(cw, y) for _, cw, y, _ in rows])
    marked = sum(cw for _, cw, _, _ in rows)
    print(f"at the default threshold: F1 {f:.3f} (P {p:.3f} R {r:.3f}), {marked} marked")
    best = max((f1([(s >= t / 100, y) for s, _, y, _ in rows])[0], t / 100) for t in range(5, 95))
    print(f"best: F1 {best[0]:.3f} at {best[1]:.2f}")
    if args.show:
        for s, cw, y, (article, sentence) in sorted(rows, key=lambda r: r[3]):
            if cw != bool(y):
                kind = "marked, not check-worthy" if cw else "missed"
                print(f"{kind:25} {s:.2f} {article}: {sentence[:160]}")


if __name__ == "__main__":
    main()
