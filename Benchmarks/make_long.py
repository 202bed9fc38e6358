#!/usr/bin/env python3
"""Builds single long documents from a benchmark corpus, to show how one document's cost grows.

Usage: make_long.py CORPUS_DIR OUT_DIR MB
Writes OUT_DIR/{prose,list,table}-{MB,2MB}.{txt,md}: the corpus articles' lines joined into one
document of about MB and twice MB megabytes, as prose (the articles one after another), as one
bulleted list (each line an item) and as one pipe table (each line a row). Work per document
that grows with the square of its length shows as a time ratio well above 2 between the two sizes.
"""
import os, sys

def main():
    corpus, out, mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
    os.makedirs(out, exist_ok=True)
    folder = os.path.join(corpus, "articles")
    lines = []
    for name in sorted(os.listdir(folder)):
        lines += [l for l in open(os.path.join(folder, name), encoding="utf-8").read().split("\n") if l.strip()]
    for scale, tag in ((1, f"{mb:g}"), (2, f"{2 * mb:g}")):
        size = int(mb * scale * 1_000_000)
        shapes = {
            "prose": ("txt", "", lambda l: l + "\n\n"),
            "list": ("txt", "Items\n\n", lambda l: "- " + l.lstrip("-*• ") + "\n"),
            "table": ("md", "| Source | Text |\n|---|---|\n", lambda l: f"| {len(l)} | {l.replace('|', '/')} |\n"),
        }
        for shape, (ext, head, row) in shapes.items():
            parts, total, i = [head], len(head), 0
            while total < size:
                part = row(lines[i % len(lines)]); parts.append(part); total += len(part.encode()); i += 1
            with open(os.path.join(out, f"{shape}-{tag}.{ext}"), "w", encoding="utf-8") as f:
                f.write("".join(parts))

if __name__ == "__main__":
    main()
