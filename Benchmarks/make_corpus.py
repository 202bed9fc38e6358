#!/usr/bin/env python3
"""Builds a deterministic benchmark corpus from the blocks of Seeds/ and the test fixtures.

Usage: make_corpus.py N OUT_DIR [--seed S]
Writes OUT_DIR/articles/NNNNNN.txt (about 8 KB each), OUT_DIR/articles.jsonl (one
{"source", "text"} object per line) and OUT_DIR/articles.csv (source,text) for the
sqlite3 shell. The same N and seed always give the same bytes.
"""
import csv, json, os, random, sys

def blocks_of(path):
    text = open(path, encoding="utf-8").read()
    return [b for b in text.split("\n") if b.strip()]

def main():
    n = int(sys.argv[1]); out = sys.argv[2]
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 20261122
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    sources = [os.path.join(root, "Seeds", f) for f in sorted(os.listdir(os.path.join(root, "Seeds")))]
    for folder in ("Tests/ExtractionTests/Fixtures", "Tests/ExtractionTests/HeldOut", "Tests/NewsTextTests/Fixtures"):
        d = os.path.join(root, folder)
        sources += [os.path.join(d, f) for f in sorted(os.listdir(d)) if f.endswith((".txt", ".md"))]
    paragraphs, headings, lists, tables = [], [], [], []
    for path in sources:
        lines = blocks_of(path)
        i = 0
        while i < len(lines):
            line = lines[i]
            if "|" in line and i + 1 < len(lines) and set(lines[i + 1].replace("|", "").replace(":", "").strip()) <= {"-"}:
                j = i + 2
                while j < len(lines) and "|" in lines[j]:
                    j += 1
                tables.append("\n".join(lines[i:j])); i = j; continue
            s = line.lstrip()
            if s[:2] in ("- ", "* ", "• ") or (s[:1].isdigit() and s[1:3] in (". ", ") ")):
                j = i
                while j < len(lines) and lines[j].lstrip()[:2] in ("- ", "* ", "• "):
                    j += 1
                lists.append("\n".join(lines[i:max(j, i + 1)])); i = max(j, i + 1); continue
            (headings if len(line) < 90 and not line.rstrip().endswith((".", ":")) else paragraphs).append(line)
            i += 1
    rng = random.Random(seed)
    os.makedirs(os.path.join(out, "articles"), exist_ok=True)
    total = 0
    with open(os.path.join(out, "articles.jsonl"), "w", encoding="utf-8") as jl, \
         open(os.path.join(out, "articles.csv"), "w", encoding="utf-8", newline="") as cf:
        w = csv.writer(cf)
        w.writerow(["source", "text"])
        for k in range(n):
            parts, size = [rng.choice(paragraphs)], 0
            while size < 8000:
                r = rng.random()
                part = rng.choice(headings if r < 0.15 else lists if r < 0.35 else tables if r < 0.45 else paragraphs)
                parts.append(part); size += len(part.encode("utf-8"))
            # A unique line keeps every article's bytes distinct.
            parts.append(f"Article {k} of the benchmark corpus, seed {seed}.")
            text = "\n".join(parts) + "\n"
            name = f"articles/{k:06d}.txt"
            open(os.path.join(out, name), "w", encoding="utf-8").write(text)
            jl.write(json.dumps({"source": name, "text": text}, ensure_ascii=False) + "\n")
            w.writerow([name, text])
            total += len(text.encode("utf-8"))
    print(f"{n} articles, {total / 1e6:.1f} MB in {out}", file=sys.stderr)

if __name__ == "__main__":
    main()
